"""Negative templates, part C: suppliers, invoices, recalls, IT, facilities, blank forms,
templates, calendar/vCard/ZIP/rfc822 transports without any patient."""
import datetime

from stdnum import luhn

from gen_common import HOSP, CIUSSS, SUPPLIER, SUPPLIER2, CI_MAKER, CPAP, addr_of
from gen_files import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, zip_files
from gen_ids import date_fmt, MOIS, MONTHS
from gen_mime import Att
from gen_pos_b import table_text

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def luhn_num(c, n):
    body = str(c.rng.randint(1, 7)) + ''.join(str(c.rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def supplier_invoice(c):
    acct = c.staff('F')
    inv = f'FA-{c.rng.randint(20000, 99999)}'
    items = [('Piles 312 (boîte de 60)', c.rng.randint(5, 40), 18.50), ('Dômes fermés 8 mm (x10)', c.rng.randint(5, 30), 9.75),
             ('Filtres cérumen (x8)', c.rng.randint(10, 50), 7.20), ('Spéculums jetables 4 mm (x500)', c.rng.randint(1, 6), 42.00),
             ('Embouts tympanométrie (x100)', c.rng.randint(1, 5), 65.00)]
    lines = [f'Facture {inv}', 'Audition Boréale inc. - 455, rue du Commerce, Laval (QC) H7T 1C8 - TPS 81234 5678 RT0001',
             'Facturé à : Hôpital de la Rivière-Verte, Service d\'audiologie, 1200 boul. des Sources, Montréal',
             f'Bon de commande : BC-{c.rng.randint(400000, 499999)}', '']
    tot = 0.0
    for name, q, pu in items:
        lot = f'LOT {c.rng.randint(10**6, 10**7 - 1)}'
        lines.append(f'{name:<34} {q:>3} x {pu:>7.2f} $   {lot}')
        tot += q * pu
    lines += ['', f'Sous-total : {tot:.2f} $', f'TPS : {tot * 0.05:.2f} $   TVQ : {tot * 0.09975:.2f} $',
              f'Total : {tot * 1.14975:.2f} $', 'Paiement net 30 jours.']
    pdf = make_pdf(f'Facture {inv}', lines, compress=c.rng.random() < 0.5)
    body = f"""{c.greet('fr')}

Veuillez trouver ci-jointe la facture {inv} pour les fournitures livrées le {date_fmt(c.past(2, 15), 'fr')}.

{c.closing('fr')}
{acct.full}
Comptes clients - Audition Boréale inc.
450-555-0179"""
    return c.spec('fr', (acct.full, addr_of(acct, SUPPLIER)), [('Comptes fournisseurs', f'comptes.fournisseurs@{CIUSSS}')],
                  c.pick([f'Facture {inv}', f'Audition Boréale - facture {inv}', 'Facture fournitures audiologie']), body,
                  note='Supplier invoice for consumables with lot numbers',
                  attachments=[Att(f'{inv}.pdf', 'application/pdf', pdf)])


def purchase_order(c):
    buyer = c.staff()
    po = f'PO-{c.rng.randint(400000, 499999)}'
    rows = [['Item', 'Model', 'Qty', 'Asset tag', 'Serial no.', 'Unit price']]
    for name in c.rng.sample(['Clinical audiometer', 'Middle-ear analyzer', 'OAE screener', 'vHIT system', 'Sound booth headset',
                              'Video laryngostroboscope', 'PSG amplifier', 'Auto-CPAP (loaner pool)'], c.rng.randint(2, 4)):
        rows.append([name, f'{c.pick(["AX", "TM", "OT", "VS", "PS"])}-{c.rng.randint(100, 990)}', c.rng.randint(1, 4),
                     luhn_num(c, 9), luhn_num(c, 10), f'{c.rng.randint(900, 38000)}.00'])
    x = make_xlsx([(po, rows)])
    body = f"""{c.greet('en')}

Please find attached purchase order {po} for the Audiology / Sleep Lab equipment renewal (capital budget {c.now.year}-{c.now.year + 1}).
Asset tags are pre-assigned by Biomedical Engineering; please label units before delivery to dock 3.

{c.signature(buyer, 'en', 'Procurement Officer', 'orl')}"""
    return c.spec('en', (buyer.full, addr_of(buyer, CIUSSS)), [('Sales', f'sales@{c.pick([SUPPLIER, CPAP, SUPPLIER2])}')],
                  c.pick([f'Purchase order {po}', f'{po} - equipment', 'PO attached']), body,
                  note='Purchase order with Luhn-valid asset tags and serials (not identifiers)',
                  attachments=[Att(f'{po}.xlsx', XLSX, x)])


def recall_notice(c):
    lang = c.pick(['en', 'fr'])
    qa = c.staff()
    prod = c.pick([('Sonora N8 sound processor', 'processeur Sonora N8', CI_MAKER, 'battery door may detach', 'la porte du compartiment à piles peut se détacher'),
                   ('DreamFlow full-face mask with magnetic clips', 'masque facial DreamFlow à attaches magnétiques', CPAP,
                    'magnets may interfere with implanted metallic devices', 'les aimants peuvent interférer avec certains dispositifs métalliques implantés'),
                   ('Aurel 5 RIC receiver', 'écouteur Aurel 5 RIC', SUPPLIER, 'intermittent sound dropout', 'coupures de son intermittentes')])
    lots = ', '.join(f'{c.rng.randint(10**7, 10**8 - 1)}' for _ in range(c.rng.randint(3, 6)))
    if lang == 'en':
        body = f"""URGENT FIELD SAFETY NOTICE - {prod[0]}

Issue: {prod[3]}.
Affected lots: {lots}
Serial range: SN{c.rng.randint(100000, 500000)} to SN{c.rng.randint(500001, 999999)}

Action for clinics: quarantine stock from the affected lots and contact users who received them through your usual process. Replacement units ship at no charge.
No injuries have been reported.

{qa.full}, Quality & Regulatory Affairs"""
        subj = f'Field safety notice - {prod[0]}'
    else:
        body = f"""AVIS DE SÉCURITÉ URGENT - {prod[1]}

Problème : {prod[4]}.
Lots touchés : {lots}
Numéros de série : SN{c.rng.randint(100000, 500000)} à SN{c.rng.randint(500001, 999999)}

Mesures : mettre en quarantaine les stocks des lots visés et joindre les usagers concernés selon votre processus habituel. Le remplacement est gratuit.
Aucune blessure rapportée.

{qa.full}, Qualité et affaires réglementaires"""
        subj = f'Avis de sécurité - {prod[1]}'
    return c.spec(lang, (qa.full, addr_of(qa, prod[2])), [('Audiologie', f'audiologie@{HOSP}'), ('Biomed', f'genie.biomedical@{CIUSSS}')],
                  subj, body, note='Supplier recall notice with lot and serial numbers')


def it_notice(c):
    lang = c.pick(['fr', 'en'])
    it = c.staff()
    d = c.future(2, 20)
    sysn = c.pick(['AudioSuite 7 (audiométrie)', 'SomnoView (laboratoire du sommeil)', 'le dossier clinique informatisé', 'le PACS'])
    if lang == 'fr':
        body = f"""AVIS DE MAINTENANCE - TI

Système : {sysn}
Date : {c.day_str(d, 'fr')}, de 22 h à 2 h
Impact : accès impossible pendant la fenêtre; utilisez les procédures dégradées (formulaires papier dans le cartable rouge de chaque clinique).
Billet : CHG{c.rng.randint(100000, 999999)}

Centre de services TI : poste 5555
{it.full}, analyste TI"""
        subj = f'Maintenance planifiée - {sysn}'
    else:
        sysn = sysn.replace('le dossier clinique informatisé', 'the EHR').replace('le PACS', 'PACS').replace('(audiométrie)', '(audiometry)').replace('(laboratoire du sommeil)', '(sleep lab)')
        body = f"""IT MAINTENANCE NOTICE

System: {sysn}
Date: {c.day_str(d, 'en')}, 10 PM to 2 AM
Impact: no access during the window; use downtime procedures (paper forms in the red binder in each clinic).
Ticket: CHG{c.rng.randint(100000, 999999)}

IT Service Desk: ext. 5555
{it.full}, IT Analyst"""
        subj = f'Planned maintenance - {sysn}'
    return c.spec(lang, ('Centre de services TI', f'servicesti@{CIUSSS}'), [('Utilisateurs', f'tous@{CIUSSS}')], subj, body,
                  note='IT maintenance notice')


def facilities(c):
    lang = c.pick(['fr', 'en'])
    tech = c.staff()
    booth = c.rng.randint(1, 4)
    if lang == 'fr':
        body = f"""{c.greet('fr')}

La calibration annuelle des audiomètres et la vérification du bruit ambiant des cabines insonorisées auront lieu le {c.day_str(c.future(3, 20), 'fr')}. La cabine {booth} sera indisponible de 8 h à 12 h.
Lors du dernier contrôle, le bruit de la ventilation dépassait la norme ANSI S3.1 à 125 Hz dans la cabine {booth}; les services techniques installeront un silencieux sur le conduit.

{c.signature(tech, 'fr', 'technicien en génie biomédical', 'audio')}"""
        subj = c.pick(['Calibration annuelle des cabines', 'Travaux - cabine audiométrique', 'Génie biomédical - calibration'])
    else:
        body = f"""{c.greet('en')}

Annual audiometer calibration and sound-booth ambient noise checks will take place on {c.day_str(c.future(3, 20), 'en')}. Booth {booth} will be unavailable 8 AM-noon.
At the last check, HVAC noise exceeded ANSI S3.1 limits at 125 Hz in booth {booth}; Facilities will install a duct silencer.

{c.signature(tech, 'en', 'Biomedical Engineering Technician', 'audio')}"""
        subj = c.pick(['Annual booth calibration', 'Sound booth works', 'Biomed - calibration'])
    return c.spec(lang, (tech.full, addr_of(tech, CIUSSS)), [('Audiologie', f'audiologie@{HOSP}')], subj, body,
                  note='Facilities/biomed notice about sound booths')


def blank_referral_form(c):
    sec = c.staff('F')
    paras = ['DEMANDE DE CONSULTATION - ORL / AUDIOLOGIE', 'Nom de l\'usager : ______________________   Prénom : ______________',
             'Date de naissance (AAAA-MM-JJ) : ____________   NAM : ______________ Exp. : _____',
             'Adresse : __________________________________   Téléphone : ______________',
             'Motif : [ ] surdité   [ ] acouphènes   [ ] vertiges   [ ] apnée du sommeil   [ ] dysphonie   [ ] autre : ______',
             'Priorité : [ ] A (< 3 jours)  [ ] B (< 10 jours)  [ ] C (< 28 jours)  [ ] D (< 3 mois)  [ ] E (< 12 mois)',
             'Médecin référent : ____________________   No de permis : ________   Signature : ____________']
    doc = make_docx('Formulaire de demande de consultation', paras)
    body = f"""{c.greet('fr')}

Voici la nouvelle version du formulaire de demande de consultation (vierge) à utiliser à partir du 1er du mois. Les anciennes versions seront refusées par le CRDS.

{c.signature(sec, 'fr', 'agente administrative', 'orl')}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [('GMF - secrétariats', 'secretariat@gmf-troischemins.example')],
                  c.pick(['Nouveau formulaire de référence', 'Formulaire vierge - consultation ORL', 'Formulaire à jour']), body,
                  note='Blank referral form DOCX with empty NAM/DOB fields',
                  attachments=[Att('formulaire_consultation_ORL_v2025.docx', DOCX, doc)])


def blank_consent(c):
    nurse = c.staff()
    lines = ['CONSENT TO COCHLEAR IMPLANT SURGERY', 'Patient name: ______________________  MRN: ___________  Date of birth: __________',
             'I, the undersigned, consent to the implantation of a cochlear implant in the [ ] right [ ] left ear.',
             'Risks explained: infection, facial nerve injury, dizziness, taste disturbance, device failure, loss of residual hearing.',
             'Signature of patient or substitute decision-maker: __________________   Date: __________',
             'Physician: __________________   Interpreter (if applicable): __________________']
    pdf = make_pdf('Consent to cochlear implant surgery', lines, compress=c.rng.random() < 0.5)
    body = f"""{c.greet('en')}

Attached is the blank consent form approved by Legal Affairs (version {c.now:%Y-%m}). Please print from this file only.

{c.signature(nurse, 'en', 'CI Program Nurse', 'ic')}"""
    return c.spec('en', (nurse.full, addr_of(nurse, HOSP)), [('CI team', f'equipe.ic@{HOSP}')],
                  c.pick(['CI consent form - new version', 'Blank consent form', 'Updated consent']), body,
                  note='Blank consent form PDF', attachments=[Att('CI_consent_blank.pdf', 'application/pdf', pdf)])


def template_letter(c):
    sec = c.staff('F')
    body = f"""{c.greet('fr')}

Voici le modèle de lettre de convocation à intégrer dans le logiciel de rendez-vous. Les champs entre chevrons sont remplis automatiquement :

---
«TITRE» «PRÉNOM» «NOM»
«ADRESSE»

Objet : Rendez-vous au laboratoire du sommeil

«TITRE» «NOM»,
Nous vous attendons le «DATE_RDV» à «HEURE_RDV» pour votre étude du sommeil. Veuillez apporter la liste de vos médicaments et votre carte d'assurance maladie. Si vous utilisez un appareil de PPC, apportez-le ainsi que votre masque.
Pour annuler : 514-555-0139.
---

Merci de valider avant vendredi.
{sec.full}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [('Pilote logiciel RV', f'pilote.rv@{CIUSSS}')],
                  c.pick(['Modèle de lettre - laboratoire du sommeil', 'Gabarit convocation PSG', 'Modèle à valider']), body,
                  note='Letter template with merge fields only')


def ics_staff_meeting(c):
    lang = c.pick(['fr', 'en'])
    org = c.staff()
    d = c.future(3, 30)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    summ = c.pick(['Réunion équipe IC', 'Comité des tumeurs - logistique', 'Réunion audiologie', 'Rencontre fournisseur PPC']) if lang == 'fr' else \
        c.pick(['CI team meeting', 'Tumour board logistics', 'Audiology staff meeting', 'CPAP vendor meeting'])
    ics = make_ics(f'{c.rng.getrandbits(64):016x}@{HOSP}', summ, start, start + datetime.timedelta(hours=1),
                   'Salle B-214 / Teams', 'Ordre du jour à venir.' if lang == 'fr' else 'Agenda to follow.',
                   (org.full, addr_of(org, HOSP)), [(s.full, addr_of(s, HOSP)) for s in (c.staff() for _ in range(3))])
    body = (f"{c.greet('fr')}\n\nInvitation ci-jointe. Dîner fourni.\n\n{org.given}" if lang == 'fr'
            else f"{c.greet('en')}\n\nInvite attached. Lunch provided.\n\n{org.given}")
    return c.spec(lang, (org.full, addr_of(org, HOSP)), [('Équipe', f'orl-tous@{HOSP}')], ('Invitation : ' if lang == 'fr' else 'Invitation: ') + summ,
                  body, note='Calendar invitation for a staff meeting',
                  attachments=[Att('invite.ics', 'text/calendar', ics, cte=c.pick(['base64', '8bit', 'quoted-printable']), params={'method': 'REQUEST'})])


def vcard_supplier(c):
    rep = c.staff()
    lang = c.pick(['en', 'fr'])
    dom = c.pick([SUPPLIER, CI_MAKER, CPAP])
    vcf = make_vcf(rep.given, rep.surname, org=c.pick(['Audition Boréale inc.', 'Sonora Implants Canada', 'RespirAide']),
                   tel=f'1-800-555-01{c.rng.randint(10, 99)}', tel_type='WORK', email=addr_of(rep, dom),
                   adr='455 rue du Commerce, Laval QC H7T 1C8', title=c.pick(['Clinical Specialist', 'Territory Manager', 'Représentante clinique']))
    body = (f"{c.greet('en')}\n\nI'm your new territory contact - my card is attached. Happy to organize in-service training on the new fitting software.\n\n{rep.full}"
            if lang == 'en' else
            f"{c.greet('fr')}\n\nJe suis votre nouvelle personne-ressource pour le territoire; ma carte est jointe. Je peux organiser une formation sur le nouveau logiciel d'ajustement.\n\n{rep.full}")
    return c.spec(lang, (rep.full, addr_of(rep, dom)), [('Audiologie', f'audiologie@{HOSP}')],
                  c.pick(['New territory contact', 'Introduction', 'Votre nouvelle représentante', 'Présentation']), body,
                  note='vCard of a supplier representative (business contact)',
                  attachments=[Att(f'{rep.given} {rep.surname}.vcf', 'text/vcard', vcf, cte=c.pick(['7bit', 'base64', 'quoted-printable']))])


def zip_forms(c):
    sec = c.staff('F')
    files = [('Formulaire_PPC_vierge.pdf', make_pdf('Ordonnance PPC - formulaire', ['Nom : ________', 'NAM : ________',
                                                                                     'Pression : ___ cm H2O', 'Signature : ________'])),
             ('Questionnaire_Epworth.pdf', make_pdf('Échelle de somnolence d\'Epworth', ['Cotez de 0 à 3 les situations suivantes :',
                                                                                        '1. Assis en train de lire', '2. En regardant la télévision',
                                                                                        '3. Passager en voiture pendant une heure'])),
             ('Politique_transmission_courriel.docx', make_docx('Politique de transmission de renseignements par courriel',
                                                                ['Aucun renseignement nominatif ne doit être transmis par courriel externe non chiffré.']))]
    z = zip_files(files)
    body = f"""{c.greet('fr')}

Pour la trousse d'accueil des nouveaux employés du laboratoire du sommeil : formulaires vierges et politique, en un seul fichier zip.

{sec.given}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [('Laboratoire du sommeil', f'sommeil@{HOSP}')],
                  c.pick(['Trousse d\'accueil - formulaires', 'Formulaires vierges (zip)', 'Documents nouveaux employés']), body,
                  note='ZIP of blank forms and a policy',
                  attachments=[Att('trousse_accueil_sommeil.zip', 'application/zip', z)])


def calibration_certificate(c):
    tech = c.staff()
    sn = luhn_num(c, 10)
    lines = ['CALIBRATION CERTIFICATE', f'Instrument: clinical audiometer, serial {sn}', f'Asset tag: {luhn_num(c, 9)}',
             f'Date: {c.past(1, 10).isoformat()}   Next due: {c.future(300, 365).isoformat()}', 'Standard: ANSI S3.6-2018 / IEC 60645-1',
             'Transducer: TDH-39 right/left, B-71 bone', 'Output at 1000 Hz, 70 dB HL: measured 70.4 dB SPL ref (tol. +/- 3 dB) PASS',
             'Output at 4000 Hz, 70 dB HL: measured 69.1 dB (tol. +/- 3 dB) PASS', 'THD < 2.5 % all frequencies PASS',
             'Technician signature: ____________']
    pdf = make_pdf('Calibration certificate', lines, compress=c.rng.random() < 0.5)
    body = f"""{c.greet('en')}

Calibration certificate for the booth {c.rng.randint(1, 4)} audiometer attached for your accreditation binder.

{c.signature(tech, 'en', 'Biomedical Engineering', 'audio')}"""
    return c.spec('en', (tech.full, addr_of(tech, CIUSSS)), [('Audiology manager', f'audiologie.gestion@{HOSP}')],
                  c.pick(['Calibration certificate', f'Audiometer {sn} - certificate', 'Calibration done']), body,
                  note='Equipment calibration certificate with dB values and serials',
                  attachments=[Att(f'cert_{sn}.pdf', 'application/pdf', pdf)])


def phishing_warning(c):
    sec = c.staff()
    body = f"""ALERTE SÉCURITÉ INFORMATIQUE

Des courriels frauduleux prétendant provenir de la « RAMQ - mise à jour de votre dossier » circulent actuellement. Ils demandent de cliquer sur un lien pour « confirmer votre numéro d'assurance maladie ».
Ne cliquez pas. Signalez-les avec le bouton « Signaler un hameçonnage » dans Outlook.

Rappel : la RAMQ ne demande jamais de renseignements personnels par courriel.

{sec.full}, sécurité de l'information"""
    return c.spec('fr', ('Sécurité de l\'information', f'securite.info@{CIUSSS}'), [('Tous les employés', f'tous@{CIUSSS}')],
                  c.pick(['ALERTE - hameçonnage RAMQ', 'Courriels frauduleux en circulation', 'Sécurité : hameçonnage']), body,
                  note='Phishing warning mentioning RAMQ and health-insurance numbers generically')


def forwarded_newsletter_eml(c):
    a, b = c.staff(), c.staff()
    dt = c.now - datetime.timedelta(days=c.rng.randint(1, 8))
    itxt = f"""Sonora Implants - Clinical Update

New MRI guidance: Sonora N8 recipients can undergo 1.5 T MRI with the magnet in place and a head wrap; 3 T requires magnet removal.
Upcoming webinar: "Programming for single-sided deafness" on {date_fmt(c.future(5, 30), 'en')}.
Software: FitLink 5.2 adds remote check support.

To unsubscribe, click here."""
    inner = c.inner_spec('en', ('Sonora Implants', f'news@{CI_MAKER}'), [(a.full, addr_of(a, HOSP))], 'Clinical Update - MRI guidance', itxt, dt)
    body = f"{c.greet('en', b.given)}\n\n{c.pick(['Worth reading - new MRI guidance.', 'FYI for the CI team.', 'See attached newsletter.'])}\n\n{a.given}"
    return c.spec('en', (a.full, addr_of(a, HOSP)), [(b.full, addr_of(b, HOSP))],
                  c.pick(['FW: Clinical Update - MRI guidance', 'Fwd: Sonora update', 'FW: newsletter']), body,
                  note='Supplier newsletter forwarded as message/rfc822', inner=inner, inner_name=c.pick([None, 'Clinical Update.eml']))


def supplier_product_launch(c):
    lang = c.pick(['fr', 'en'])
    rep = c.staff()
    if lang == 'fr':
        body = f"""{c.greet('fr')}

Audition Boréale lance l'Aurel 6, une aide auditive rechargeable pour les pertes légères à sévères, avec connectivité Bluetooth LE Audio et un mode « acouphènes ».
Couvert par le programme de la RAMQ (catégorie B) pour les usagers admissibles.
Démonstration à votre clinique sur demande; appareils de prêt disponibles pour les audiologistes.

{rep.full}, représentant{'e' if rep.sex == 'F' else ''} clinique
Audition Boréale inc. | 1-800-555-0180"""
        subj = 'Nouveau : Aurel 6 rechargeable'
    else:
        body = f"""{c.greet('en')}

Audition Boréale introduces the Aurel 6, a rechargeable hearing aid for mild-to-severe hearing loss with Bluetooth LE Audio and a tinnitus mode.
Eligible under the RAMQ program (category B) for qualifying users.
In-clinic demos on request; loaner devices available for audiologists.

{rep.full}, Clinical Representative
Audition Boréale inc. | 1-800-555-0180"""
        subj = 'New: rechargeable Aurel 6'
    return c.spec(lang, (rep.full, addr_of(rep, SUPPLIER)), [('Audiologie', f'audiologie@{HOSP}')], subj, body,
                  note='Supplier product launch')


TEMPLATES = [
    ('supplier_invoice', supplier_invoice, 3),
    ('purchase_order', purchase_order, 3),
    ('recall', recall_notice, 3),
    ('it_notice', it_notice, 3),
    ('facilities', facilities, 3),
    ('blank_referral_form', blank_referral_form, 3),
    ('blank_consent', blank_consent, 3),
    ('letter_template', template_letter, 3),
    ('ics_meeting', ics_staff_meeting, 3),
    ('vcard_supplier', vcard_supplier, 3),
    ('zip_forms', zip_forms, 3),
    ('calibration_cert', calibration_certificate, 3),
    ('phishing_alert', phishing_warning, 3),
    ('fwd_newsletter_eml', forwarded_newsletter_eml, 3),
    ('product_launch', supplier_product_launch, 3),
]
