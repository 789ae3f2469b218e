"""Confidential messages, part 4: other identifiers and transport-driven leaks."""
import datetime

from gen_attach import csv_part, make_csv, make_pdf, pdf_part, xlsx_part, zip_part
from gen_style import close, greet, join, signature
from gen_tmpl import Lab, pick_person, result, who_addr

D = datetime.timedelta


def ohip_patient(c):
    L = Lab(c)
    p = c.patient('F', (27, 42))
    clerk, md = c.staff('clerk'), c.staff('rei')
    dt = c.when()
    body = join(greet(c, formal=True),
                c.t('Patiente ontarienne suivie pour monitoring de FIV (clinique d\'origine : Ottawa). Facturation hors province :',
                    'Ontario patient being monitored for IVF (home clinic in Ottawa). Out-of-province billing details:'),
                c.t('Nom : ', 'Name: ') + L.name(p, 'SURFIRST'),
                c.t('No assurance-santé Ontario (OHIP) : ', 'Ontario health number (OHIP): ') + L.ohip(p),
                c.t('DDN : ', 'DOB: ') + L.dob(p, 0),
                L.dx(c.t('Services : 4 échographies endovaginales + dosages E2/LH, cycle FIV (infertilité inexpliquée).',
                         'Services: 4 transvaginal scans + E2/LH levels, IVF cycle (unexplained infertility).')),
                close(c), signature(c, clerk))
    L.res('E2')
    spec = {'from': who_addr(c, clerk), 'to': [('Facturation hors Québec', 'facturation.hq@chuboreal.example')],
            'cc': [who_addr(c, md)] if c.chance(0.3) else None, 'date': dt, 'body': body,
            'subject': c.t('Facturation hors province — OHIP', 'Out-of-province billing — OHIP')}
    return result(c, 'ohip_patient', 'Ontario patient billing with OHIP number and IVF services', L, spec)


def niss_embryo_transfer(c):
    L = Lab(c)
    p = c.patient('F', (30, 42))
    emb, md = c.staff('embryo'), c.staff('rei')
    dt = c.when()
    lines = ['##' + c.t('Demande de transfert d\'embryons cryoconservés', 'Request to transfer cryopreserved embryos'),
             c.t('Patiente : ', 'Patient: ') + L.name(p, 'SURFIRST'),
             'NISS : ' + L.niss(p),
             c.t('Née le : ', 'Born: ') + L.dob(p, 1),
             c.t('Centre d\'origine : Centre de PMA, Liège (Belgique)', 'Originating centre: ART centre, Liège (Belgium)'),
             L.res(c.t('Embryons : 3 blastocystes J5 (4AB, 4BB, 3BB) vitrifiés le 14/03/2023', 'Embryos: 3 D5 blastocysts (4AB, 4BB, 3BB) vitrified 14/03/2023')),
             L.dx(c.t('Antécédents : endométriose stade III, 2 échecs d\'implantation.', 'History: stage III endometriosis, 2 implantation failures.'))]
    if c.chance(0.5):
        atts = [pdf_part(c.rng, c.t('Demande_transfert_embryons.pdf', 'Embryo_transfer_request.pdf'), lines)]
        body = join(greet(c, c.t('Madame, Monsieur', 'Dear colleagues'), formal=True),
                    c.t('Veuillez trouver ci-jointe notre demande pour l\'expédition des embryons de notre patiente par '
                        'transporteur cryogénique.', 'Please find attached our request for shipment of our patient\'s '
                        'embryos by cryogenic courier.'), close(c), signature(c, emb))
    else:
        atts = []
        body = join(greet(c, c.t('Madame, Monsieur', 'Dear colleagues'), formal=True),
                    '\n'.join(x.lstrip('#') for x in lines), close(c), signature(c, emb))
    spec = {'from': who_addr(c, emb), 'to': [('Centre PMA Liège', 'labo.pma@cpma-liege.example')],
            'cc': [who_addr(c, md)], 'date': dt, 'body': body, 'attachments': atts,
            'subject': c.t('Transfert d\'embryons — patiente belge', 'Embryo transfer — Belgian patient')}
    return result(c, 'niss_embryo_transfer', 'embryo shipment request for a Belgian patient with NISS', L, spec)


def nir_student(c):
    L = Lab(c)
    p = c.patient(None, (19, 29))
    nurse = c.staff('shnurse')
    dt = c.when()
    body = join(greet(c, formal=True),
                c.t('Étudiant(e) français(e) en échange, vu(e) à la clinique de santé sexuelle. Demande de remboursement '
                    'auprès de la CPAM (entente France-Québec) :', 'French exchange student seen at the sexual-health clinic. '
                    'Reimbursement request to the CPAM (France-Québec agreement):'),
                c.t('Nom : ', 'Name: ') + L.name(p, c.pick(['SURFIRST', 'full'])),
                c.t('No de sécurité sociale (NIR) : ', 'French social security number (NIR): ') + L.nir(p),
                L.dx(c.t('Motif : urétrite à gonocoque, traitée (ceftriaxone 500 mg IM).',
                         'Reason: gonococcal urethritis, treated (ceftriaxone 500 mg IM).')),
                L.res(c.t('TAAN N. gonorrhoeae positif.', 'N. gonorrhoeae NAAT positive.')),
                close(c), signature(c, nurse))
    L.med('ceftriaxone')
    spec = {'from': who_addr(c, nurse), 'to': [('Bureau des étudiants internationaux', 'sante.intl@universite-boreal.example')],
            'date': dt, 'body': body, 'subject': c.t('Remboursement soins — étudiant français', 'Care reimbursement — French student')}
    return result(c, 'nir_student', 'French student with NIR and STI treatment', L, spec)


def sin_income_support(c):
    L = Lab(c)
    p = pick_person(c, 'adult', None, (22, 55), p_nam=0.35)
    sw = c.staff('sw')
    dt = c.when()
    body = join(greet(c, formal=True),
                c.t('Demande de prestation spéciale pour frais médicaux (aide sociale) :',
                    'Special benefit request for medical costs (social assistance):'),
                '%s — %s %s' % (L.name(p, 'full'), c.t('NAS', 'SIN'), L.sin(p)),
                L.soc(c.t('Prestataire du Programme d\'aide sociale depuis 2023, vit seul(e) en logement subventionné.',
                          'On social assistance since 2023, lives alone in subsidised housing.')),
                L.med(c.t('Médicaments non couverts : PrEP (ténofovir/emtricitabine) — franchise impossible à payer.',
                          'Uncovered medication: PrEP (tenofovir/emtricitabine) — cannot afford the deductible.')),
                c.t('Adresse : ', 'Address: ') + L.addr(p), close(c), signature(c, sw))
    spec = {'from': who_addr(c, sw), 'to': [('Agent — aide financière', 'agent.af@solidarite-sociale.example')], 'date': dt,
            'body': body, 'subject': c.t('Prestation spéciale — frais médicaux', 'Special benefit — medical costs')}
    return result(c, 'sin_income_support', 'income-support request with SIN, housing and PrEP', L, spec)


def fwd_eml_result(c):
    """The lab notification travels as an attached .eml."""
    L = Lab(c)
    p = pick_person(c, 'repro', None, (20, 45), p_nam=0.45)
    tech, md, nurse = c.staff('labtech'), c.pick([c.staff('idmd'), c.staff('geneticist'), c.staff('rei')]), c.staff('ivfnurse')
    dt = c.when()
    prev = dt - D(hours=c.rng.randint(2, 30))
    k = c.rng.randrange(3) if p.sex == 'F' else c.rng.randrange(2)
    if k == 0:
        r = L.res(c.t('Sérologie VHC : anticorps réactifs, ARN VHC détecté (1,2 x 10^6 UI/mL).',
                      'HCV serology: antibody reactive, HCV RNA detected (1.2 x 10^6 IU/mL).'))
        L.dx(c.t('hépatite C', 'hepatitis C'))
    elif k == 1:
        xx = 'XX' if p.sex == 'F' else 'XY'
        r = L.res(c.t('Caryotype : 46,%s,t(11;22)(q23;q11.2) — translocation réciproque équilibrée.' % xx,
                      'Karyotype: 46,%s,t(11;22)(q23;q11.2) — balanced reciprocal translocation.' % xx))
        L.dx('translocation')
    else:
        r = L.res(c.t('AMH 0,6 pmol/L ; FSH J3 18,4 UI/L.', 'AMH 0.6 pmol/L; day-3 FSH 18.4 IU/L.'))
        L.dx(c.t('réserve ovarienne diminuée', 'diminished ovarian reserve'))
    inner_body = join(c.t('Résultat critique / à communiquer', 'Critical / notifiable result'),
                      c.t('Patient(e) : ', 'Patient: ') + L.name(p, 'SURFIRST'), L.id_line(p), r,
                      c.t('Prélevé le %s' % c.date(prev.date(), 0), 'Collected %s' % c.date(prev.date(), 0)),
                      signature(c, tech))
    inner = {'from': who_addr(c, tech), 'to': [who_addr(c, md)], 'date': prev, 'body': inner_body, 'lang': c.lang,
             'subject': c.t('Résultat à communiquer', 'Result to communicate')}
    fn = c.pick([None, c.t('Résultat à communiquer.eml', 'Result to communicate.eml'), 'message.eml'])
    body = join(greet(c, nurse.given), c.t('Voir le message du labo ci-joint, peux-tu organiser le suivi ?',
                                           'See the lab\'s message attached — can you organise follow-up?'),
                signature(c, md, full=False))
    spec = {'from': who_addr(c, md), 'to': [who_addr(c, nurse)], 'date': dt, 'body': body,
            'attachments': [{'spec': inner, 'filename': fn}],
            'subject': c.t('TR: Résultat à communiquer', 'FW: Result to communicate')}
    return result(c, 'fwd_eml_result', 'lab result forwarded as an attached message/rfc822', L, spec)


def filename_only(c):
    """Only the attachment's file name identifies the patient; the PDF is an image scan."""
    L = Lab(c)
    p = pick_person(c, 'repro', None, (20, 45), p_nam=0.2)
    clerk, who = c.staff('clerk'), c.pick([c.staff('shnurse'), c.staff('gc'), c.staff('ivfnurse')])
    dt = c.when()
    k = c.rng.randrange(4)
    nm = p.surname.replace(' ', '-').replace("'", '')
    if k == 0:
        fn = '%s_%s_Chlamydia_POSITIF_%s.pdf' % (nm, p.given, dt.strftime('%Y-%m-%d'))
        L.res('chlamydia positif')
        L.dx('chlamydia')
    elif k == 1:
        fn = c.t('Scan %s %s - resultat VIH.pdf', 'Scan %s %s - HIV result.pdf') % (p.given, p.surname)
        L.res('HIV result')
    elif k == 2:
        fn = '%s-%s_%s_BRCA1_positive.pdf' % (nm.upper(), p.given, p.dob.strftime('%Y%m%d'))
        L.add('date_of_birth')
        L.res('BRCA1 positive')
    else:
        fn = c.t('Consentement_FIV_donneur_%s_%s.pdf', 'IVF_donor_consent_%s_%s.pdf') % (nm, p.mrn)
        L.add('mrn')
        L.dx('IVF with donor')
    L.add('patient_name')
    L._see(p)
    att = pdf_part(c.rng, fn, [], scanned=True)
    body = join(c.pick([c.t('Ci-joint la numérisation.', 'Scan attached.'), c.t('Voir PJ', 'See attached'),
                        c.t('Document numérisé du photocopieur du 2e.', 'Scanned from the 2nd-floor copier.'), '']),
                c.pick([clerk.given, '']))
    spec = {'from': who_addr(c, clerk), 'to': [who_addr(c, who)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.pick(['Scan', c.t('Numérisation', 'Scanned document'), 'Document', 'Message from MFP-2E-01'])}
    return result(c, 'filename_only', 'scanned PDF without text; the file name carries name and result', L, spec)


def zip_export(c):
    L = Lab(c)
    res = c.staff('research') if c.chance(0.3) else c.staff('gc')
    dt = c.when()
    rows = [['nom', 'prenom', 'ddn', 'dossier', 'test', 'resultat']]
    for _ in range(c.rng.randint(5, 12)):
        p = pick_person(c, 'repro_f', 'F', (22, 44), p_nam=0.2)
        L.add('patient_name', 'date_of_birth', 'mrn')
        L._see(p)
        rows.append([p.surname, p.given, p.dob.isoformat(), p.mrn, c.pick(['DPNI', 'DPNI', 'CMA', 'Caryotype']),
                     c.pick(['faible risque', 'faible risque', 'RISQUE ÉLEVÉ T21', 'échec (FF 2 %)', 'normal', 'RISQUE ÉLEVÉ T18'])])
    L.res('DPNI')
    files = [('export_%s.csv' % dt.strftime('%Y%m%d'), make_csv(rows, delim=';', encoding='windows-1252'))]
    if c.chance(0.5):
        files.append(('LISEZMOI.txt', c.t('Export du registre DPNI - usage interne.\r\n', 'NIPT registry export - internal use.\r\n').encode('utf-8')))
    if c.chance(0.3):
        files.append(('sommaire.pdf', make_pdf([c.t('Sommaire de l\'export', 'Export summary'), '%d lignes' % (len(rows) - 1)])))
    att = zip_part(c.rng, c.t('export_DPNI_%s.zip', 'NIPT_export_%s.zip') % dt.strftime('%Y-%m'), files)
    body = join(greet(c), c.t('Voici l\'export demandé pour l\'audit du trimestre.', 'Here is the export you asked for the quarterly audit.'),
                close(c), signature(c, res))
    spec = {'from': who_addr(c, res), 'to': [('Audit DPN', 'audit.dpn@chuboreal.example')], 'date': dt, 'body': body,
            'attachments': [att], 'subject': c.t('Export trimestriel', 'Quarterly export')}
    return result(c, 'zip_export', 'ZIP with a CSV of named NIPT results', L, spec)


def transport_booking(c):
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (24, 44), p_nam=0.45)
    n = c.staff(c.pick(['ivfnurse', 'sw']))
    dt = c.when()
    appt = datetime.datetime.combine(dt.date() + D(days=c.rng.randint(1, 6)), datetime.time(c.pick([6, 7, 8]), c.pick([0, 30])))
    soc = ''
    if c.chance(0.6):
        soc = L.soc(c.pick([c.t('La patiente est prestataire de l\'aide sociale et n\'a pas de voiture.',
                                'The patient receives social assistance and has no car.'),
                            c.t('Hébergée en maison pour femmes victimes de violence : ne pas indiquer l\'adresse au chauffeur par téléphone.',
                                'Staying at a shelter for women fleeing violence: do not give the address to the driver by phone.')]))
    body = join(greet(c, formal=True),
                c.t('Demande de taxi (coupon CIUSSS) pour :', 'Taxi voucher request for:'),
                '%s — %s' % (L.name(p, 'full'), L.id_line(p)),
                c.t('Adresse de départ : ', 'Pick-up address: ') + L.addr(p),
                c.t('Téléphone : ', 'Phone: ') + L.phone(p),
                c.t('Rendez-vous : %s à %s — ponction ovocytaire sous sédation (ne peut pas conduire au retour).'
                    % (c.day(appt.date()), appt.strftime('%H h %M')),
                    'Appointment: %s at %s — egg retrieval under sedation (cannot drive home).'
                    % (c.day(appt.date()), appt.strftime('%H:%M'))), soc, close(c), signature(c, n))
    spec = {'from': who_addr(c, n), 'to': [('Transport — répartition', 'transport@chuboreal.example')], 'date': dt, 'body': body,
            'subject': c.t('Demande transport', 'Transport request')}
    return result(c, 'transport_booking', 'taxi booking with home address and procedure', L, spec)


def billing_claim(c):
    L = Lab(c)
    pts = [c.nam_holder(c.pick(['repro_f', 'adult', 'repro'])) for _ in range(c.rng.randint(2, 5))]
    clerk = c.staff('clerk')
    dt = c.when()
    rows = [[c.t('NAM', 'NAM'), c.t('Nom', 'Name'), c.t('DDN', 'DOB'), c.t('Code acte', 'Billing code'),
             c.t('Description', 'Description'), c.t('Motif du refus', 'Rejection reason')]]
    acts = [('06651', c.t('Ponction ovocytaire', 'Oocyte retrieval')), ('08920', c.t('Consultation génétique', 'Genetics consult')),
            ('09164', c.t('Échographie obstétricale', 'Obstetric ultrasound')), ('00132', c.t('Visite ITSS', 'STI visit'))]
    seen = set()
    for p in pts:
        if p.nam in seen:
            continue
        seen.add(p.nam)
        a = c.pick([acts[1], acts[3]] if p.sex == 'M' else acts)
        rows.append([L.nam(p, c.pick(['plain', 'space'])), L.name(p, 'SURFIRST'), L.dob(p, 0), a[0], a[1],
                     c.pick([c.t('NAM expiré', 'Expired card'), c.t('Date de service invalide', 'Invalid service date'), '—'])])
    if c.chance(0.5):
        atts = [xlsx_part(c.rng, c.t('Refus_RAMQ_%s.xlsx', 'RAMQ_rejections_%s.xlsx') % dt.strftime('%Y%m'),
                          [(c.t('Refus', 'Rejections'), rows)], author=clerk.full)]
        tables, txt = None, c.t('Liste des refus du mois ci-jointe.', 'This month\'s rejected claims attached.')
    else:
        atts, tables, txt = [], [rows], c.t('Refus à corriger :\n\n@@TABLE0', 'Rejected claims to fix:\n\n@@TABLE0')
    body = join(greet(c), txt, close(c), signature(c, clerk))
    spec = {'from': who_addr(c, clerk), 'to': [('Facturation médicale', 'facturation@chuboreal.example')], 'date': dt,
            'body': body, 'attachments': atts, 'tables': tables,
            'subject': c.t('Refus RAMQ à corriger', 'RAMQ rejections to correct')}
    return result(c, 'billing_claim', 'rejected RAMQ claims listing NAM, name, DOB and act', L, spec)


def handover(c):
    L = Lab(c)
    res = c.staff('resident')
    dt = c.when()
    items = []
    probs = [(c.t('SHO sévère J3 post-ponction, bilan I/E strict, énoxaparine', 'severe OHSS day 3 post-retrieval, strict I/O, enoxaparin'), 'enoxaparin'),
             (c.t('GEU post-FIV, méthotrexate J1, bêta à J4', 'ectopic after IVF, methotrexate day 1, beta on day 4'), 'methotrexate'),
             (c.t('hyperémèse, 9 sem. grossesse FIV, soluté + ondansétron', 'hyperemesis, 9 wks IVF pregnancy, IV fluids + ondansetron'), 'ondansetron'),
             (c.t('torsion annexielle ?, écho doppler demandée', 'possible adnexal torsion, Doppler requested'), None)]
    for i in range(c.rng.randint(2, 4)):
        p = pick_person(c, 'repro_f', 'F', (25, 43), p_nam=0.3)
        pr = c.pick(probs)
        L.dx(pr[0])
        if pr[1]:
            L.med(pr[1])
        items.append('- %s %s — %s (%s) : %s' % (c.t('Ch.', 'Rm'), '%d-%d' % (c.rng.randint(4, 9), c.rng.randint(1, 40)),
                                                  L.name(p, c.pick(['SURFIRST', 'surfirst', 'title_sur', 'lower'])),
                                                  L.mrn(p, False), pr[0]))
    body = join(c.t('Tour de garde — fin de semaine', 'Weekend sign-out'), '\n'.join(items),
                c.t('Pagette de garde : 4411. Bonne garde !', 'On-call pager: 4411. Good luck!'), signature(c, res, full=False))
    spec = {'from': who_addr(c, res), 'to': [('Garde gynéco', 'garde.gyneco@chuboreal.example')], 'date': dt, 'body': body,
            'subject': c.t('Sign-out fds', 'Weekend sign-out'), 'form': c.pick(['plain', 'html', 'alt'])}
    return result(c, 'handover', 'weekend sign-out list with rooms, names, charts and problems', L, spec)


def lab_nonconformity(c):
    """Hard positive: quality mail about a lab incident that names the patient."""
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (24, 44), p_nam=0.3)
    q = c.staff('quality')
    dt = c.when()
    nc = 'NC-%d-%03d' % (dt.year, c.rng.randint(1, 200))
    body = join(greet(c),
                c.t('Ouverture de la non-conformité %s (norme ISO 15189, art. 7.5).' % nc,
                    'Opening non-conformity %s (ISO 15189 cl. 7.5).' % nc),
                c.t('Description : le tube DPNI de %s (%s) a été étiqueté avec l\'étiquette d\'une autre patiente. '
                    % (L.name(p, 'full'), L.mrn(p)),
                    'Description: the NIPT tube of %s (%s) was labelled with another patient\'s label. ' % (L.name(p, 'full'), L.mrn(p)))
                + L.res(c.t('Un résultat « faible risque, sexe fœtal masculin » lui a été communiqué par erreur.',
                            'A "low risk, male fetus" result was communicated to her in error.')),
                c.t('Actions : rappel de la patiente, nouveau prélèvement, analyse des causes. Échéance : 30 jours.',
                    'Actions: call back patient, redraw, root-cause analysis. Due: 30 days.'),
                close(c), signature(c, q))
    spec = {'from': who_addr(c, q), 'to': [('Comité qualité labo', 'qualite.labo@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Non-conformité %s', 'Non-conformity %s') % nc}
    return result(c, 'lab_nonconformity', 'lab quality incident naming the patient and result', L, spec)


def research_participants(c):
    """Hard positive: a research e-mail that carries participant identities."""
    L = Lab(c)
    rc = c.staff('research')
    dt = c.when()
    rows = [[c.t('Code', 'ID'), c.t('Nom', 'Name'), c.t('Téléphone', 'Phone'), c.t('Bras', 'Arm'), c.t('Visite', 'Visit')]]
    for i in range(c.rng.randint(4, 8)):
        p = c.patient(None, (20, 55))
        rows.append(['PREP-%03d' % c.rng.randint(1, 300), L.name(p, c.pick(['full', 'surfirst'])), L.phone(p),
                     c.pick([c.t('quotidienne', 'daily'), c.t('à la demande', 'on-demand')]), 'M%d' % c.pick([3, 6, 9, 12])])
    L.med('PrEP')
    k = c.rng.randrange(2)
    if k == 0:
        atts, tables = [csv_part(c.rng, 'relances_%s.csv' % dt.strftime('%Y%m%d'), rows)], None
        txt = c.t('Ci-joint la liste des participants à relancer pour leur visite (étude d\'adhésion à la PrEP).',
                  'Attached: participants to call back for their visit (PrEP adherence study).')
    else:
        atts, tables = [], [rows]
        txt = c.t('Participants à relancer (étude d\'adhésion à la PrEP) :\n\n@@TABLE0',
                  'Participants to call back (PrEP adherence study):\n\n@@TABLE0')
    body = join(greet(c), txt, close(c), signature(c, rc))
    spec = {'from': who_addr(c, rc), 'to': [('Assistante de recherche', 'ar.prep@crchuboreal.example')], 'date': dt,
            'body': body, 'attachments': atts, 'tables': tables,
            'subject': c.t('Relances participants', 'Participant call-backs')}
    return result(c, 'research_participants', 'research call-back list with participant names and phones', L, spec)


def visit_summary_html(c):
    """HTML-only visit summary sent to the patient's personal address."""
    L = Lab(c)
    p = pick_person(c, 'repro_f', 'F', (24, 44), p_nam=0.4)
    n = c.staff(c.pick(['gc', 'ivfnurse', 'shnurse']))
    dt = c.when()
    L.email(p)
    L.add('patient_name')
    L._see(p)
    items = c.pick([
        (c.t('Échographie de datation : grossesse intra-utérine de 7 sem. 2 j, activité cardiaque présente.',
             'Dating scan: intrauterine pregnancy 7w2d, cardiac activity present.'),
         c.t('Poursuivre Prometrium 200 mg BID jusqu\'à 10 semaines.', 'Continue Prometrium 200 mg BID until 10 weeks.')),
        (c.t('Résultat du dépistage de porteur : vous êtes porteuse de l\'amyotrophie spinale (SMN1, 1 copie).',
             'Carrier screening result: you are a carrier of spinal muscular atrophy (SMN1, 1 copy).'),
         c.t('Nous recommandons de tester votre conjoint.', 'We recommend testing your partner.')),
        (c.t('Test de contrôle : chlamydia négatif après traitement.', 'Test of cure: chlamydia negative after treatment.'),
         c.t('Aucun autre traitement requis.', 'No further treatment needed.')),
    ])
    L.res(items[0])
    if 'Prometrium' in items[1]:
        L.med('Prometrium')
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
            '<table width="600" style="border:1px solid #ddd"><tr><td style="background:#004b87;color:#fff;padding:8px">'
            '%s</td></tr><tr><td style="padding:12px"><p>%s %s,</p><p>%s</p><ul><li>%s</li><li>%s</li></ul>'
            '<p>%s</p><p style="font-size:11px;color:#666">%s</p></td></tr></table></body></html>\n') % (
        c.t('Résumé de votre visite', 'Your visit summary'), c.t('Bonjour', 'Hello'), '%s %s' % (p.given, p.surname),
        c.t('Voici le résumé de votre visite du %s :' % c.date(dt.date(), 2), 'Here is the summary of your visit on %s:' % c.date(dt.date(), 2)),
        items[0], items[1], n.display(c.lang),
        c.t('Ne répondez pas à ce courriel automatique.', 'Please do not reply to this automated e-mail.'))
    spec = {'from': (c.t('Cliniques CHU Boréal', 'CHU Boreal Clinics'), 'ne-pas-repondre@chuboreal.example'),
            'to': [(p.full, p.email)], 'date': dt, 'body': '', 'html': html, 'form': 'html',
            'subject': c.t('Résumé de votre visite', 'Your visit summary')}
    return result(c, 'visit_summary_html', 'HTML-only visit summary e-mailed to the patient', L, spec)


TEMPLATES = {
    'ohip_patient': ohip_patient,
    'niss_embryo_transfer': niss_embryo_transfer,
    'nir_student': nir_student,
    'sin_income_support': sin_income_support,
    'fwd_eml_result': fwd_eml_result,
    'filename_only': filename_only,
    'zip_export': zip_export,
    'transport_booking': transport_booking,
    'billing_claim': billing_claim,
    'handover': handover,
    'lab_nonconformity': lab_nonconformity,
    'research_participants': research_participants,
    'visit_summary_html': visit_summary_html,
}

