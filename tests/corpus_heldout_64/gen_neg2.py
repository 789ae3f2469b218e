"""Negative scenarios, part 2: forms, contacts, policies, inventory, education, research admin."""
import datetime

import gen_attach as A
import gen_common as C
import gen_data as D
from gen_mime import Attachment
from gen_scen import Result, apply_transport, forward_block, quote_block

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def n_blank_form(ctx, lang):
    r = ctx.rng
    n = ctx.staff(r.choice(['nurse', 'pall']))
    if lang == 'fr':
        title = r.choice(['Formulaire de référence – soins palliatifs à domicile', 'Demande de transport adapté – formulaire',
                          'Ordonnance préimprimée – pompe ACP'])
        fields = ['Nom du patient : ______________________', 'NAM : ____ ____ ____   Exp. : __/__',
                  'Date de naissance : AAAA-MM-JJ', 'Adresse : ________________________________', 'Téléphone : (___) ___-____',
                  'Diagnostic principal : ___________________', 'Médication actuelle : (joindre le profil)',
                  'Proche aidant : _______________  Lien : ________', 'Signature du médecin : ___________  No permis : _____']
        body = ("Bonjour,\n\nVoici la nouvelle version du formulaire « %s » (rév. %s). Merci de détruire les anciennes copies papier. "
                "Le formulaire vierge est aussi disponible dans l'intranet.\n\n%s" % (title, r.choice(['2024-03', '2024-06', '2024-09']), ctx.sig(n, 'fr')))
    else:
        title = r.choice(['Referral form - home palliative care', 'Accessible transport request - form', 'Pre-printed order - PCA pump'])
        fields = ['Patient name: ______________________', 'Health card no.: ____ ____ ____  Exp: __/__', 'Date of birth: YYYY-MM-DD',
                  'Address: ________________________________', 'Phone: (___) ___-____', 'Primary diagnosis: ___________________',
                  'Current medications: (attach profile)', 'Caregiver: _______________  Relationship: ________',
                  "Physician signature: ___________  Licence no.: _____"]
        body = ("Hello,\n\nHere is the new version of the \"%s\" form (rev. %s). Please discard old paper copies. The blank form is also on the intranet.\n\n%s"
                % (title, r.choice(['2024-03', '2024-06', '2024-09']), ctx.sig(n, 'en')))
    m = ctx.new_mail(ctx.who(n, lang), [('Oncologie – tous' if lang == 'fr' else 'Oncology - all', 'onco-tous@chhr.example')], title, lang)
    apply_transport(m, r, body)
    if r.random() < 0.5:
        m.attachments.append(Attachment('formulaire_vierge.pdf' if lang == 'fr' else 'blank_form.pdf', 'application/pdf', A.make_pdf(title, fields)))
    else:
        m.attachments.append(Attachment('formulaire.docx' if lang == 'fr' else 'form.docx', DOCX, A.make_docx(title, fields)))
    return Result(m, [], 'blank form with empty identifier fields', 'blank_form')


def n_supplier_vcard(ctx, lang):
    r = ctx.rng
    sup = r.choice(D.SUPPLIERS)
    given, surname = sup['rep'][0].split(' ', 1)
    vcf = A.make_vcard(given, surname, org=sup['name'], title='Représentant(e) oncologie' if lang == 'fr' else 'Oncology account manager',
                       tel=sup['phone'], tel_type='WORK', email='%s@%s' % (sup['rep'][1], sup['dom']),
                       adr=('2500 boul. Industriel', 'Laval', 'QC', 'H7L 4R9', 'Canada'))
    if lang == 'fr':
        body = ("Bonjour,\n\nJe serai votre nouveau contact pour les produits d'oncologie à compter du 1er du mois. Vous trouverez ma carte "
                "en pièce jointe. N'hésitez pas à me joindre pour toute question sur les allocations.\n\n%s\n%s\n%s" % (sup['rep'][0], sup['name'], sup['phone']))
        subj = 'Nouveau représentant – %s' % sup['name']
    else:
        body = ("Hello,\n\nI'll be your new contact for oncology products starting the 1st. My card is attached. Feel free to reach out about allocations.\n\n%s\n%s\n%s"
                % (sup['rep'][0], sup['name'], sup['phone']))
        subj = 'New account manager - %s' % sup['name']
    m = ctx.new_mail((sup['rep'][0], '%s@%s' % (sup['rep'][1], sup['dom'])), [ctx.who(D.STAFF['admin'][1], lang), ctx.who(D.STAFF['pharm'][3], lang)], subj, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('%s.vcf' % sup['rep'][0].replace(' ', '_'), 'text/x-vcard', vcf, cte='7bit' if r.random() < 0.5 else 'base64', charset='utf-8'))
    return Result(m, [], 'supplier representative vCard', 'supplier_contact')


def n_zip_policies(ctx, lang):
    r = ctx.rng
    ph = D.STAFF['pharm'][5]
    if lang == 'fr':
        docs = [('PHA-ONC-012_manipulation_medicaments_dangereux.pdf', 'Manipulation sécuritaire des médicaments dangereux',
                 ['Port de deux paires de gants certifiés ASTM D6978', 'Blouse à usage unique, changement q3h', 'Trousse de déversement : vérification mensuelle']),
                ('PHA-ONC-019_double_verification.pdf', 'Double vérification indépendante des ordonnances de chimiothérapie',
                 ['Vérification de la surface corporelle (écart > 10 %)', 'Comparaison avec le protocole approuvé', 'Signature des deux professionnels']),
                ('PAL-004_pompes_sous_cutanees.pdf', 'Gestion des pompes sous-cutanées à domicile', ['Changement de site q7j', 'Registre des stupéfiants'])]
        subj = 'Politiques révisées – pharmacie oncologique (ZIP)'
        body = "Bonjour,\n\nVous trouverez dans le fichier compressé les politiques révisées, à lire et signer d'ici la fin du mois.\n\n%s" % ctx.sig(ph, 'fr')
    else:
        docs = [('PHA-ONC-012_hazardous_drug_handling.pdf', 'Safe handling of hazardous drugs',
                 ['Two pairs of ASTM D6978 gloves', 'Single-use gown, change q3h', 'Spill kit: monthly check']),
                ('PHA-ONC-019_independent_double_check.pdf', 'Independent double check of chemotherapy orders',
                 ['BSA verification (>10% variance)', 'Compare with approved protocol', 'Both professionals sign']),
                ('PAL-004_subcut_pumps.pdf', 'Management of subcutaneous pumps at home', ['Site change q7d', 'Narcotic register'])]
        subj = 'Revised policies - oncology pharmacy (ZIP)'
        body = "Hello,\n\nThe zip file contains the revised policies; please read and sign by month end.\n\n%s" % ctx.sig(ph, 'en')
    files = [(fn, A.make_pdf(t, lines)) for fn, t, lines in r.sample(docs, r.randint(2, 3))]
    m = ctx.new_mail(ctx.who(ph, lang), [('Pharmacie', 'pharmacie@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('politiques_2024.zip' if lang == 'fr' else 'policies_2024.zip', 'application/zip', A.make_zip(files)))
    return Result(m, [], 'ZIP of policy PDFs', 'policies_zip')


def n_inventory(ctx, lang):
    r = ctx.rng
    tech = ctx.staff('tech')
    rows = [['Produit' if lang == 'fr' else 'Product', 'DIN', 'Lot', 'Exp.', 'Qté' if lang == 'fr' else 'Qty', 'Emplacement' if lang == 'fr' else 'Location']]
    for dr in r.sample(D.SHORTAGE_DRUGS, 6):
        code = dr[1][:4].upper() + ''.join(r.choice('0123456789') for _ in range(8)) if r.random() < 0.3 else C.lot_number(r)
        rows.append([dr[0] if lang == 'fr' else dr[1], C.din(r), code, '%d-%02d-%02d' % (r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)),
                     r.randint(0, 60), r.choice(['Frigo 2', 'Voûte', 'SB-étagère 4', 'Quarantaine'])])
    if lang == 'fr':
        subj = 'Inventaire mensuel – cytotoxiques'
        body = "Bonjour,\n\nInventaire du mois en pièce jointe. Trois produits expirent dans moins de 60 jours (surlignés).\n\n%s" % tech[0]
    else:
        subj = 'Monthly inventory - cytotoxics'
        body = "Hi,\n\nThis month's inventory attached. Three products expire within 60 days (highlighted).\n\n%s" % tech[0]
    m = ctx.new_mail(ctx.who(tech, lang), [ctx.who(D.STAFF['pharm'][3], lang)], subj, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('inventaire.xlsx' if lang == 'fr' else 'inventory.xlsx', XLSX, A.make_xlsx([('Inventaire', rows)])))
    return Result(m, [], 'inventory with DIN, lot and NAM-shaped product codes', 'inventory')


def n_physician_pathway(ctx, lang):
    r = ctx.rng
    adm = D.STAFF['admin'][0]
    if lang == 'fr':
        subj = 'Corridors de référence – oncologie, mise à jour'
        body = ("Bonjour,\n\nMise à jour des corridors de référence à compter du 1er :\n"
                "- Myélome, lymphomes : Dre Catherine Beaulieu\n- Cancers digestifs (côlon, pancréas, voies biliaires) : Dr Samuel Okafor\n"
                "- Cancers gynécologiques (ovaire, endomètre) : Dre Rania Haddad\n- Poumon, mésothéliome : Dr Étienne Fradette\n"
                "- Soins palliatifs à domicile (secteur nord) : Dr Daniel Kowalski\n\n"
                "Les références urgentes (compression médullaire, hypercalcémie) passent par le pivot au poste 4410.\n\n%s" % ctx.sig(adm, 'fr'))
    else:
        subj = 'Referral pathways - oncology, update'
        body = ("Hello,\n\nUpdated referral pathways effective the 1st:\n- Myeloma, lymphoma: Dr. Catherine Beaulieu\n"
                "- GI cancers (colon, pancreas, biliary): Dr. Samuel Okafor\n- Gynecologic cancers (ovary, endometrium): Dr. Rania Haddad\n"
                "- Lung, mesothelioma: Dr. Étienne Fradette\n- Home palliative care (north sector): Dr. Daniel Kowalski\n\n"
                "Urgent referrals (cord compression, hypercalcemia) go through the navigator at ext 4410.\n\n%s" % ctx.sig(adm, 'en'))
    m = ctx.new_mail(ctx.who(adm, lang), [('Médecins de famille – GMF' if lang == 'fr' else 'Family physicians', 'gmf-liste@clsc-vieuxmoulin.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'physicians named with diseases they treat', 'referral_pathway')


def n_volunteers(ctx, lang):
    r = ctx.rng
    coord = ('Lise Fortier', 'benevolat@' + D.MAISON['dom'])
    vols = [('Jeanne', 'Dionne'), ('Robert', 'Lafrance'), ('Micheline', 'Gauvin'), ('Peter', 'Hollis'), ('Carole', 'Bédard'), ('André', 'Picard')]
    rows = [['Jour' if lang == 'fr' else 'Day', 'Bénévole' if lang == 'fr' else 'Volunteer', 'Cellulaire' if lang == 'fr' else 'Cell', 'Quart' if lang == 'fr' else 'Shift']]
    for i, v in enumerate(r.sample(vols, 5)):
        rows.append([(C.JOURS if lang == 'fr' else C.DAYS)[i], '%s %s' % v, C.phone(r), r.choice(['9 h-13 h', '13 h-17 h', '18 h-21 h'])])
    if lang == 'fr':
        subj = 'Horaire des bénévoles – Maison Aube-Claire'
        body = ("Bonjour à toutes et à tous,\n\nVoici l'horaire des bénévoles pour la semaine prochaine. Merci de me prévenir de toute absence.\n\n[[TABLE]]\n\n"
                "Rappel : formation sur l'accompagnement en fin de vie le 3e mardi du mois.\n\nLise Fortier\nCoordonnatrice des bénévoles\n%s" % D.MAISON['fr'])
    else:
        subj = 'Volunteer schedule - Aube-Claire Residence'
        body = ("Hello everyone,\n\nHere is next week's volunteer schedule. Please let me know of any absence.\n\n[[TABLE]]\n\n"
                "Reminder: end-of-life companionship training on the 3rd Tuesday.\n\nLise Fortier\nVolunteer coordinator\n%s" % D.MAISON['en'])
    m = ctx.new_mail(coord, [('Bénévoles' if lang == 'fr' else 'Volunteers', 'benevoles@' + D.MAISON['dom'])], subj, lang)
    apply_transport(m, r, body, table=rows)
    return Result(m, [], 'volunteer roster with volunteer phones (not patients)', 'volunteers')


def n_bereavement(ctx, lang):
    r = ctx.rng
    sw = ctx.staff('sw')
    d = ctx.date()
    if lang == 'fr':
        subj = 'Groupe de soutien au deuil – session d\'automne' if d.month > 7 else 'Groupe de soutien au deuil – nouvelle session'
        body = ("Bonjour,\n\nUn groupe de soutien pour les proches endeuillés démarre le %s (8 rencontres, jeudis 19 h). "
                "Merci de remettre le dépliant aux familles lors du suivi de deuil. Inscription au 418-555-0137.\n\n"
                "Une cérémonie commémorative pour les familles des personnes décédées à l'unité au cours de l'année aura lieu en novembre.\n\n%s"
                % (C.fmt_date(d.date(), 'fr', 2), ctx.sig(sw, 'fr')))
    else:
        subj = 'Bereavement support group - new session'
        body = ("Hello,\n\nA support group for bereaved families starts on %s (8 meetings, Thursdays 7 pm). Please hand the leaflet to families "
                "during bereavement follow-up. Registration at 418-555-0137.\n\nA memorial service for families of those who died on the unit this year "
                "will be held in November.\n\n%s" % (C.fmt_date(d.date(), 'en', 2), ctx.sig(sw, 'en')))
    m = ctx.new_mail(ctx.who(sw, lang), [('Équipe USP' if lang == 'fr' else 'PCU team', 'usp-equipe@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    if r.random() < 0.4:
        m.attachments.append(Attachment('depliant_deuil.pdf' if lang == 'fr' else 'bereavement_leaflet.pdf', 'application/pdf', A.make_pdf(subj, body.split('\n')[2:5])))
    return Result(m, [], 'generic bereavement group notice', 'bereavement_notice')


def n_reb(ctx, lang):
    r = ctx.rng
    sec = ('Secrétariat du CÉR' if lang == 'fr' else 'REB Office', 'cer@chhr.example')
    trs = r.sample(D.TRIALS, 2)
    if lang == 'fr':
        subj = 'CÉR – ordre du jour de la réunion plénière'
        body = ("Bonjour,\n\nPoints à l'ordre du jour :\n1. %s (%s) – amendement no %d : ajout d'un site\n2. %s (%s) – rapport annuel : "
                "%d participants recrutés, %d événements indésirables graves, aucun lié au médicament à l'étude\n3. Nouvelle étude : registre "
                "des neutropénies fébriles (données agrégées)\n\nDocuments disponibles sur Nagano.\n\nSecrétariat du Comité d'éthique de la recherche"
                % (trs[0][1], trs[0][0], r.randint(2, 9), trs[1][1], trs[1][0], r.randint(5, 40), r.randint(0, 6)))
    else:
        subj = 'REB - full board meeting agenda'
        body = ("Hello,\n\nAgenda items:\n1. %s (%s) - amendment #%d: site addition\n2. %s (%s) - annual report: %d participants enrolled, "
                "%d serious adverse events, none related to study drug\n3. New study: febrile neutropenia registry (aggregate data)\n\n"
                "Documents on the REB portal.\n\nResearch Ethics Board Office"
                % (trs[0][1], trs[0][0], r.randint(2, 9), trs[1][1], trs[1][0], r.randint(5, 40), r.randint(0, 6)))
    m = ctx.new_mail(sec, [('Membres CÉR' if lang == 'fr' else 'REB members', 'cer-membres@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'ethics board agenda with aggregate counts', 'reb_notice')


def n_audit(ctx, lang):
    r = ctx.rng
    ph = D.STAFF['pharm'][3]
    a, b, c = r.randint(92, 99), r.randint(80, 97), r.randint(1, 9)
    if lang == 'fr':
        subj = 'Résultats audit – double vérification chimiothérapie T%d' % r.randint(1, 4)
        body = ("Bonjour,\n\nRésultats de l'audit trimestriel (n = %d ordonnances) :\n- double vérification documentée : %d %%\n"
                "- calcul de surface corporelle conforme : %d %%\n- écarts de dose > 5 %% détectés avant préparation : %d\n\n"
                "Aucun incident n'a atteint un patient. Plan d'action : rappel aux équipes et ajout d'une alerte dans SyPharm.\n\n%s"
                % (r.randint(120, 400), a, b, c, ctx.sig(ph, 'fr')))
    else:
        subj = 'Audit results - chemotherapy double check Q%d' % r.randint(1, 4)
        body = ("Hello,\n\nQuarterly audit results (n = %d orders):\n- documented double check: %d%%\n- compliant BSA calculation: %d%%\n"
                "- dose variances > 5%% caught before compounding: %d\n\nNo incident reached a patient. Action plan: team reminders and a new SyPharm alert.\n\n%s"
                % (r.randint(120, 400), a, b, c, ctx.sig(ph, 'en')))
    m = ctx.new_mail(ctx.who(ph, lang), [('Qualité' if lang == 'fr' else 'Quality', 'qualite@chhr.example'), ctx.who(D.STAFF['pharm'][5], lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'quality audit aggregates', 'audit')


def n_staff_thread(ctx, lang):
    r = ctx.rng
    a, b = r.sample(D.STAFF['pharm'], 2)
    t = r.choice(D.STAFF['tech'])
    d0 = ctx.date()
    if lang == 'fr':
        orig = ("Salut %s,\n\n%s est malade demain, il manque un ATP en salle blanche de 7 h à 11 h. Est-ce que quelqu'un de la distribution peut "
                "venir ? Sinon on décale les préparations de l'hôpital de jour.\n\n%s" % (b[0], t[0], a[0]))
        rep = r.choice(["Je libère Patrick de 7 h à 11 h, ça devrait aller. On garde le plan B au besoin.",
                        "Ok, je demande à la liste de rappel. Je te reviens avant 16 h."])
        subj = 'RE: Salle blanche demain AM'
    else:
        orig = ("Hi %s,\n\n%s is off sick tomorrow, we're short one tech in the cleanroom 7-11. Can someone from distribution come over? "
                "Otherwise we push back day-hospital preps.\n\n%s" % (b[0], t[0], a[0]))
        rep = r.choice(["I'll free up Patrick from 7 to 11, should be OK. Keep plan B just in case.",
                        "OK, I'll check the call-in list and get back to you before 4."])
        subj = 'RE: Cleanroom tomorrow AM'
    m = ctx.new_mail(ctx.who(b, lang), [ctx.who(a, lang)], subj, lang)
    m.in_reply_to = '<%s.%d@chhr.example>' % (d0.strftime('%Y%m%d%H%M'), r.randint(1000, 9999))
    apply_transport(m, r, '%s\n\n%s\n\n%s' % (rep, b[0], quote_block(orig, D.staff_name(a, lang), d0, lang, r)))
    return Result(m, [], 'staff reply thread about staffing (staff sick, HR only)', 'staff_thread')


def n_forward_supplier(ctx, lang):
    r = ctx.rng
    sup = r.choice(D.SUPPLIERS)
    ph = D.STAFF['pharm'][3]
    drug = r.choice(D.SHORTAGE_DRUGS)
    d0 = ctx.date()
    inner_fr = ("Chers clients,\n\nEn raison d'une demande accrue, %s est placé sous allocation à 80 %% de la moyenne des 6 derniers mois, "
                "effectif immédiatement. Numéro de client et historique disponibles sur le portail.\n\n%s" % (drug[0], sup['name']))
    inner_en = ("Dear customers,\n\nDue to increased demand, %s is on allocation at 80%% of the 6-month average, effective immediately. "
                "Account number and history available on the portal.\n\n%s" % (drug[1], sup['name']))
    if lang == 'fr':
        top = "Pour info. On devrait être corrects jusqu'à la fin du mois selon l'inventaire. %s" % ph[0]
        subj0 = 'Avis d\'allocation – %s' % drug[0]
    else:
        top = "FYI. Based on inventory we should be fine until month end. %s" % ph[0]
        subj0 = 'Allocation notice - %s' % drug[1]
    inner = inner_fr if lang == 'fr' else inner_en
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(s, lang) for s in D.STAFF['pharm'][:2]], ('TR: ' if lang == 'fr' else 'FW: ') + subj0, lang)
    if r.random() < 0.5:
        apply_transport(m, r, '%s\n\n%s' % (top, forward_block(inner, ('%s' % sup['name'], 'info@' + sup['dom']), ('Pharmacie', 'pharmacie@chhr.example'), subj0, d0, lang)))
    else:
        inner_m = ctx.new_mail(('%s' % sup['name'], 'info@' + sup['dom']), [('Pharmacie', 'pharmacie@chhr.example')], subj0, lang)
        apply_transport(inner_m, r, inner)
        apply_transport(m, r, top)
        m.rfc822.append(('allocation.eml', inner_m.to_bytes()))
    return Result(m, [], 'forwarded supplier allocation notice', 'supplier_forward')


def n_waste(ctx, lang):
    r = ctx.rng
    vend = ('Écoservices Médicaux', 'collecte@ecoservices-med.example')
    conts = [C.luhn_number(r, 10) for _ in range(r.randint(3, 6))]
    d = ctx.date()
    if lang == 'fr':
        subj = 'Collecte des déchets cytotoxiques – %s' % C.fmt_date(d.date(), 'fr', 1)
        body = ("Bonjour,\n\nConfirmation de la collecte %s entre 8 h et 10 h, quai de réception B.\nContenants (no de suivi) :\n%s\n\n"
                "Manifeste de transport TMD no %s à signer sur place.\n\nÉcoservices Médicaux – 1-800-555-0190"
                % (C.fmt_day(d.date(), 'fr'), '\n'.join('- ' + c for c in conts), C.luhn_number(r, 9)))
    else:
        subj = 'Cytotoxic waste pickup - %s' % C.fmt_date(d.date(), 'en', 1)
        body = ("Hello,\n\nPickup confirmed for %s between 8 and 10 am, receiving dock B.\nContainers (tracking no.):\n%s\n\n"
                "TDG manifest no. %s to be signed on site.\n\nEcoservices Medical - 1-800-555-0190" % (C.fmt_day(d.date(), 'en'), '\n'.join('- ' + c for c in conts), C.luhn_number(r, 9)))
    m = ctx.new_mail(vend, [ctx.who(D.STAFF['tech'][1], lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'waste pickup with Luhn-valid tracking numbers', 'waste_pickup')


def n_drug_info(ctx, lang):
    r = ctx.rng
    ph = D.STAFF['pharm'][2]
    q = ctx.staff('nurse')
    d0 = ctx.date()
    topic = r.choice(['methadone', 'dex', 'midaz'])
    if lang == 'fr':
        orig = {'methadone': "Question générale : quel est le ratio de conversion habituel hydromorphone → méthadone en soins palliatifs ?",
                'dex': "Pour la compression médullaire, quelle dose de dexaméthasone recommande-t-on en général ?",
                'midaz': "Est-ce qu'on peut mélanger midazolam et hydromorphone dans la même seringue SC ?"}[topic]
        ans = {'methadone': "Il n'y a pas de ratio unique : on utilise en général une méthode par étapes sur 3 à 5 jours avec un ratio variant selon la dose d'opioïde antérieure (p. ex. 10:1 à 20:1). Consulter l'équipe de soins palliatifs avant toute conversion.",
               'dex': "Les lignes directrices varient : 10 mg IV en bolus puis 4 mg q6h, ou 16 mg/jour en doses divisées, avec protection gastrique. Diminuer progressivement après la radiothérapie.",
               'midaz': "Oui, compatibilité physique documentée à température ambiante pendant 24 h aux concentrations usuelles. Étiqueter clairement."}[topic]
        subj = 'RE: question générale – ' + {'methadone': 'méthadone', 'dex': 'dexaméthasone', 'midaz': 'compatibilité'}[topic]
    else:
        orig = {'methadone': "General question: what is the usual hydromorphone to methadone conversion ratio in palliative care?",
                'dex': "For spinal cord compression, what dexamethasone dose is generally recommended?",
                'midaz': "Can midazolam and hydromorphone be mixed in the same SC syringe?"}[topic]
        ans = {'methadone': "There is no single ratio: a stepwise switch over 3-5 days is usual, with the ratio depending on prior opioid dose (e.g. 10:1 to 20:1). Involve the palliative team before converting.",
               'dex': "Guidelines vary: 10 mg IV bolus then 4 mg q6h, or 16 mg/day in divided doses, with GI protection. Taper after radiotherapy.",
               'midaz': "Yes, physical compatibility is documented at room temperature for 24 h at usual concentrations. Label clearly."}[topic]
        subj = 'RE: general question - ' + {'methadone': 'methadone', 'dex': 'dexamethasone', 'midaz': 'compatibility'}[topic]
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(q, lang)], subj, lang)
    apply_transport(m, r, '%s\n\n%s\n\n%s' % (ans, ctx.sig(ph, lang), quote_block(orig + '\n' + q[0], D.staff_name(q, lang), d0, lang, r)))
    return Result(m, [], 'general drug information Q&A, no patient', 'drug_info')


def n_webinar(ctx, lang):
    r = ctx.rng
    org = ctx.staff(r.choice(['pharm', 'pall']))
    d = ctx.date()
    start = d.replace(tzinfo=None, hour=12, minute=0, second=0)
    end = start.replace(minute=50)
    topic = r.choice([('Immunothérapie : gestion des effets indésirables immuno-médiés', 'Immunotherapy: managing immune-related adverse events'),
                      ('Pompes élastomériques à domicile', 'Elastomeric pumps at home'),
                      ('Soins de bouche en fin de vie', 'Mouth care at end of life'),
                      ('Neutropénie fébrile : nouvelles lignes directrices', 'Febrile neutropenia: new guidelines')])
    t = topic[0] if lang == 'fr' else topic[1]
    ics = A.make_ics('webinar-%s@chhr.example' % start.strftime('%Y%m%d'), start, end, 'Midi-conférence : ' + t if lang == 'fr' else 'Lunch & learn: ' + t,
                     ('Présentée par %s. Lien Teams ci-joint.' if lang == 'fr' else 'Presented by %s. Teams link inside.') % D.staff_name(org, lang),
                     'Teams', (D.staff_name(org, lang), D.staff_addr(org)))
    m = ctx.new_mail(ctx.who(org, lang), [('Oncologie – tous' if lang == 'fr' else 'Oncology - all', 'onco-tous@chhr.example')],
                     ('Midi-conférence : ' if lang == 'fr' else 'Lunch & learn: ') + t, lang)
    apply_transport(m, r, ('Bienvenue à tous ! ' if lang == 'fr' else 'All welcome! ') + t)
    m.attachments.append(Attachment('midi-conference.ics' if lang == 'fr' else 'lunch-learn.ics', 'text/calendar', ics, cte='base64', charset='utf-8', extra_ct='; method=REQUEST'))
    return Result(m, [], 'education webinar invite', 'webinar')


def n_budget(ctx, lang):
    r = ctx.rng
    chef = D.STAFF['pharm'][5]
    rows = [['Classe' if lang == 'fr' else 'Class', '2023-24 ($)', '2024-25 ($)', 'Écart' if lang == 'fr' else 'Variance']]
    for c in (['Immunothérapies', 'Anticorps anti-HER2', 'Biosimilaires', 'Antiémétiques', 'Opioïdes (USP)'] if lang == 'fr'
              else ['Immunotherapies', 'Anti-HER2 antibodies', 'Biosimilars', 'Antiemetics', 'Opioids (PCU)']):
        a = r.randint(40000, 2500000)
        b = int(a * r.uniform(0.8, 1.3))
        rows.append([c, a, b, '%+.1f %%' % ((b - a) * 100.0 / a)])
    if lang == 'fr':
        subj = 'Budget médicaments oncologie – projection'
        body = "Bonjour,\n\nProjection budgétaire pour la prochaine année, à présenter au CODIR.\n\n[[TABLE]]\n\n%s" % ctx.sig(chef, 'fr')
    else:
        subj = 'Oncology drug budget - projection'
        body = "Hello,\n\nBudget projection for next year, for the executive committee.\n\n[[TABLE]]\n\n%s" % ctx.sig(chef, 'en')
    m = ctx.new_mail(ctx.who(chef, lang), [('Direction des finances' if lang == 'fr' else 'Finance', 'finances@chhr.example')], subj, lang)
    if r.random() < 0.5:
        apply_transport(m, r, body, table=rows)
    else:
        apply_transport(m, r, body.replace('[[TABLE]]', 'Voir le chiffrier.' if lang == 'fr' else 'See spreadsheet.'))
        m.attachments.append(Attachment('budget_onco.xlsx', XLSX, A.make_xlsx([('Budget', rows)])))
    return Result(m, [], 'drug budget aggregates', 'budget')


def n_residency(ctx, lang):
    r = ctx.rng
    ph = ctx.staff('pharm')
    res = r.choice([('Camille Fontaine', 'camille.fontaine'), ('Jonathan Lee', 'jonathan.lee'), ('Sarah Benoît', 'sarah.benoit')])
    if lang == 'fr':
        subj = 'Stage en oncologie – résident(e) %s' % res[0]
        body = ("Bonjour l'équipe,\n\n%s, résident(e) en pharmacothérapie avancée, fera son stage en oncologie avec nous du 6 au 31. "
                "Objectifs : validation d'ordonnances de chimiothérapie, clinique de toxicité, un club de lecture et une présentation "
                "sur les inhibiteurs de PARP. Évaluation mi-stage le 17.\n\n%s" % (res[0], ctx.sig(ph, 'fr')))
    else:
        subj = 'Oncology rotation - resident %s' % res[0]
        body = ("Hi team,\n\n%s, our advanced pharmacotherapy resident, will do the oncology rotation with us from the 6th to the 31st. "
                "Goals: chemo order verification, toxicity clinic, one journal club and a presentation on PARP inhibitors. "
                "Midpoint evaluation on the 17th.\n\n%s" % (res[0], ctx.sig(ph, 'en')))
    m = ctx.new_mail(ctx.who(ph, lang), [('Pharmacie oncologie', 'pharm-onco@chhr.example')], subj, lang, cc=[(res[0], res[1] + '@umontreal-etu.example')])
    apply_transport(m, r, body)
    return Result(m, [], 'resident rotation, staff/student info', 'residency')


def n_accrual(ctx, lang):
    r = ctx.rng
    cra = ('Clinivia Monitoring', 'monitoring@' + D.CRO['dom'])
    tr = r.choice(D.TRIALS)
    rows = [['Site', 'Screened', 'Enrolled', 'Screen fail', 'Open queries']]
    for s in ['CHHR', 'Site 002', 'Site 004', 'Site 007', 'Site 011']:
        sc = r.randint(3, 30)
        en = r.randint(1, sc)
        rows.append([s, sc, en, sc - en, r.randint(0, 25)])
    if lang == 'fr':
        subj = '%s – rapport de recrutement hebdomadaire' % tr[1]
        body = ("Bonjour,\n\nVoici le rapport de recrutement de %s (%s). Le CHHR est le 2e site en importance. "
                "Merci de résoudre les requêtes ouvertes avant la visite de monitorage.\n\n[[TABLE]]\n\nClinivia Research – Monitoring" % (tr[1], tr[0]))
    else:
        subj = '%s - weekly accrual report' % tr[1]
        body = ("Hello,\n\nAccrual report for %s (%s). CHHR is the 2nd largest site. Please resolve open queries before the monitoring visit.\n\n"
                "[[TABLE]]\n\nClinivia Research - Monitoring" % (tr[1], tr[0]))
    m = ctx.new_mail(cra, [ctx.who(D.STAFF['research'][0], lang), ctx.who(D.STAFF['pharm'][4], lang)], subj, lang)
    apply_transport(m, r, body, table=rows)
    return Result(m, [], 'trial accrual aggregates by site', 'trial_accrual')


def n_patient_education(ctx, lang):
    r = ctx.rng
    n = ctx.staff('nurse')
    topic = r.choice([('Vivre avec la neutropénie', 'Living with neutropenia'), ('Votre pompe à la maison', 'Your pump at home'),
                      ('Capécitabine : ce qu\'il faut savoir', 'Capecitabine: what to know'), ('Soins de confort : guide pour les proches', 'Comfort care: a guide for families')])
    t = topic[0] if lang == 'fr' else topic[1]
    lines = ({'fr': ['Prenez votre température si vous vous sentez mal.', 'Fièvre de 38,3 °C ou plus : présentez-vous à l\'urgence.',
                     'Ligne info-chimio : 418-555-0155 (24/7).'],
              'en': ['Take your temperature if you feel unwell.', 'Fever of 38.3 C or more: go to the emergency department.',
                     'Chemo info line: 418-555-0155 (24/7).']}[lang])
    body = (("Bonjour,\n\nLe nouveau dépliant « %s » est approuvé par le comité de l'enseignement aux patients. Version imprimable en pièce jointe ; "
             "commandez les copies papier au service de reprographie (code 44-210).\n\n%s") if lang == 'fr' else
            ("Hello,\n\nThe new leaflet \"%s\" has been approved by the patient education committee. Printable version attached; order paper copies from "
             "print services (code 44-210).\n\n%s")) % (t, ctx.sig(n, lang))
    m = ctx.new_mail(ctx.who(n, lang), [('Oncologie – tous' if lang == 'fr' else 'Oncology - all', 'onco-tous@chhr.example')], t, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('depliant.pdf' if lang == 'fr' else 'leaflet.pdf', 'application/pdf', A.make_pdf(t, lines)))
    return Result(m, [], 'patient education leaflet (generic)', 'patient_education')


def n_hazardous_list(ctx, lang):
    r = ctx.rng
    ph = D.STAFF['pharm'][3]
    items = r.sample(['olaparib', 'lénalidomide' if lang == 'fr' else 'lenalidomide', 'capécitabine' if lang == 'fr' else 'capecitabine',
                      'méthotrexate' if lang == 'fr' else 'methotrexate', 'finastéride' if lang == 'fr' else 'finasteride', 'valganciclovir',
                      'témozolomide' if lang == 'fr' else 'temozolomide', 'abiratérone' if lang == 'fr' else 'abiraterone'], 4)
    if lang == 'fr':
        subj = 'Liste des médicaments dangereux – mise à jour NIOSH'
        body = ("Bonjour,\n\nLa liste locale des médicaments dangereux a été arrimée à la liste NIOSH la plus récente. Ajouts au groupe 1 : %s. "
                "Les étiquettes « Médicament dangereux » seront ajoutées automatiquement dans SyPharm à compter de lundi.\n\n%s" % (', '.join(items), ctx.sig(ph, 'fr')))
    else:
        subj = 'Hazardous drug list - NIOSH update'
        body = ("Hello,\n\nThe local hazardous drug list now matches the latest NIOSH list. Added to group 1: %s. \"Hazardous drug\" labels will print "
                "automatically from SyPharm starting Monday.\n\n%s" % (', '.join(items), ctx.sig(ph, 'en')))
    m = ctx.new_mail(ctx.who(ph, lang), [('Pharmacie', 'pharmacie@chhr.example'), ('Soins infirmiers' if lang == 'fr' else 'Nursing', 'soins-inf@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'hazardous drug list update', 'hazardous_list')


NEG2 = [n_blank_form, n_supplier_vcard, n_zip_policies, n_inventory, n_physician_pathway, n_volunteers, n_bereavement, n_reb,
        n_audit, n_staff_thread, n_forward_supplier, n_waste, n_drug_info, n_webinar, n_budget, n_residency, n_accrual,
        n_patient_education, n_hazardous_list]
