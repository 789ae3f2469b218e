"""Positive templates, part C: patient calls, sign-out lists, replies, social situations, medication,
appointments (ICS), vCards, ZIPs of requisitions, attached .eml, CSV recalls, autopsy, flow cytometry,
name only in a file name or in the Subject."""
from datetime import datetime, timedelta

from gen_build import Att, CLIN, STAFF, day, greet, hour
from gen_clin import MEDS, PAP, L, lc
from gen_common import EXT, LISTS, fmt_date
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_zip
from gen_mime import Msg


def p_patient_request(c):
    p = c.patient(nam=c.chance(0.3))
    case = c.case(sex=p.sex)
    sec = c.pick([STAFF['sec1'], STAFF['sec2']])
    to = c.pick([STAFF['reg'], STAFF['path1'], LISTS['secr']])
    nm = c.name(p, c.pick(['title', 'full', 'upper_comma']) if not p.nam else 'full')
    ph = c.phone(p)
    c.add('diagnosis')
    body = [c.t("Bonjour,", "Hi,"),
            c.t(f"{nm} a téléphoné ce matin ({ph}). {'Elle' if p.sex == 'F' else 'Il'} voudrait une copie de son rapport "
                f"({lc(L(case, 'spec', 'fr'))}) — on lui a annoncé : {lc(L(case, 'dx', 'fr').split(',')[0])} et "
                f"{'elle' if p.sex == 'F' else 'il'} veut un deuxième avis ailleurs.",
                f"{nm} called this morning ({ph}). {'She' if p.sex == 'F' else 'He'} would like a copy of the report "
                f"({lc(L(case, 'spec', 'en'))}) - {'she' if p.sex == 'F' else 'he'} was told it is "
                f"{lc(L(case, 'dx', 'en').split(',')[0])} and wants a second opinion elsewhere.")]
    if p.nam:
        body.append(('table', None, [[k, v] for k, v in c.holder_kv(p)]))
    if c.chance(0.5):
        ad = c.addr(p)
        body.append(c.t(f"Adresse postale confirmée : {ad}", f"Mailing address confirmed: {ad}"))
    body.append(c.t(f"Est-ce qu'on peut lui envoyer par la poste ou doit-{'elle' if p.sex == 'F' else 'il'} passer aux archives avec le formulaire d'accès ?",
                    "Can we mail it or does the patient need to come to Health Records with the access form?"))
    m = c.msg(sec, [to], c.pick([c.t("Demande de copie de rapport", "Request for a copy of report"),
                                 c.t("Appel patient – copie du rapport", "Patient call - report copy")]), body + c.sig(sec, True))
    m.note = c.t('appel de patient demandant une copie', 'patient call requesting a copy')
    return m


def p_signout(c):
    res = c.pick([STAFF['res1'], STAFF['res2']])
    staff = c.pick([STAFF['path2'], STAFF['path6'], STAFF['path1']])
    rows = []
    for i in range(c.rng.randint(4, 7)):
        p = c.patient(nam=False)
        case = c.case(sex=p.sex)
        nm = c.name(p, c.pick(['initial_upper', 'upper_comma', 'lower_sur', 'upper_sur']))
        status = c.pick([c.t('à signer', 'ready to sign'), c.t('attente IHC', 'IHC pending'), c.t('recoupes demandées', 'levels ordered'),
                         c.t('à montrer', 'to show'), c.t('consensus demandé', 'consensus requested')])
        dx = L(case, 'dx', c.lang)
        rows.append([c.acc('S'), nm, dx[:70] + ('…' if len(dx) > 70 else ''), status])
    c.add('diagnosis')
    if c.chance(0.5):
        c.add('lab_result')
        rows[0][3] += c.t(' — Ki-67 30 %', ' - Ki-67 30%')
    body = [c.t(f"Salut {staff.given},", f"Hi {staff.given},"),
            c.t("Voici ma liste pour la signature de cet après-midi :", "Here's my list for this afternoon's sign-out:"),
            ('table', ['Acc.', c.t('Patient', 'Patient'), c.t('Dx prélim.', 'Prelim dx'), c.t('Statut', 'Status')], rows),
            c.t("Je serai au microscope double à 14 h.", "I'll be at the double-header at 2.")]
    m = c.msg(res, [staff], c.t("Liste de signature", "Sign-out list"), body + c.sig(res, True))
    m.note = c.t('liste de cas à signer du résident', "resident's sign-out list")
    return m


def p_reply(c):
    p = c.patient(nam=False)
    case = c.case(sex=p.sex, ids=['lumpectomy', 'colon', 'melanoma', 'kidney', 'cone'])
    surgeon = CLIN[case['surg']]
    path = c.pick([STAFF['path1'], STAFF['path3'], STAFF['path6'], STAFF['path2']])
    nm = c.name(p, c.pick(['title_sur', 'title', 'full', 'lower']))
    c.add('lab_result', 'diagnosis')
    q = [c.t(f"Bonjour, des nouvelles des marges de {nm} ({lc(L(case, 'spec', 'fr').split(',')[0])} de mardi) ? "
             f"Je {'la' if p.sex == 'F' else 'le'} revois en clinique demain matin.",
             f"Hi, any news on the margins for {nm} ({lc(L(case, 'spec', 'en').split(',')[0])} from Tuesday)? "
             f"Seeing {'her' if p.sex == 'F' else 'him'} in clinic tomorrow morning."),
         surgeon.display]
    body = [c.t("Oui, c'est signé depuis 15 h :", "Yes, signed at 3 p.m.:"),
            L(case, 'dx', c.lang), L(case, 'res', c.lang)[0],
            c.t("Je peux te montrer les lames si tu veux.", "Happy to show you the slides."),
            path.given,
            ('quote', c.t(f"Le {day(c, None, -1, 0)} à {hour(c)}, {surgeon.display} <{surgeon.email}> a écrit :",
                          f"On {day(c, None, -1, 0)} at {hour(c)}, {surgeon.display} <{surgeon.email}> wrote:"), q)]
    m = c.msg(path, [surgeon], c.t("RE: marges ?", "RE: margins?") if c.chance(0.6) else c.t(f"RE: {nm}", f"RE: {nm}"), body)
    m.in_reply_to = f"<{c.rng.randint(10**9, 10**10)}.{c.rng.randint(1000, 9999)}@{surgeon.email.split('@')[1]}>"
    m.note = c.t('réponse sur les marges avec citation', 'reply about margins with quoted question')
    return m


def p_social(c):
    variant = c.pick(['shelter', 'homeless', 'dpj', 'welfare'])
    if variant == 'dpj':
        p = c.patient(nam=c.chance(0.7), age=(13, 19))
    else:
        p = c.patient(nam=c.chance(0.4), sex='F' if variant == 'shelter' else None, age=(22, 64))
    case = c.case(sex=p.sex, ids=['lymphoma', 'melanoma', 'cone', 'gastric']) if variant == 'dpj' else None
    sender = c.pick([STAFF['sec1'], STAFF['cyto1'], STAFF['path3']])
    to = c.pick([CLIN['ipsl'], CLIN['fam1'], CLIN['fam2']])
    nm = c.name(p, 'full' if p.nam else None)
    c.add('social_information')
    body = [greet(c, to)]
    if p.nam:
        body.append(('table', None, [[k, v] for k, v in c.holder_kv(p)]))
    if variant == 'shelter':
        ph = f"450 555-01{c.rng.randint(0, 99):02d}"
        pap = c.pick(PAP)
        c.add('lab_result', 'diagnosis')
        body += [c.t(f"Le résultat de Pap de {nm} ({pap['code']}, {pap['hpv_fr']}) ne doit PAS être posté au domicile : "
                     "elle réside présentement en maison d'hébergement pour femmes victimes de violence conjugale.",
                     f"The Pap result for {nm} ({pap['code']}, {pap['hpv_en']}) must NOT be mailed to the home address: "
                     "she is currently staying in a shelter for women leaving domestic violence."),
                 c.t(f"L'intervenante demande qu'on passe par elle au {ph} pour la convocation en colposcopie.",
                     f"Her worker asks that the colposcopy appointment go through her at {ph}.")]
    elif variant == 'homeless':
        pap = c.pick(PAP)
        c.add('lab_result', 'diagnosis')
        body += [c.t(f"La lettre de résultat pour {nm} nous est revenue (adresse inconnue). Selon le CLSC, "
                     "la personne est en situation d'itinérance et fréquente le refuge du centre-ville.",
                     f"The results letter for {nm} came back (address unknown). According to the CLSC the patient is "
                     "homeless and uses the downtown shelter."),
                 c.t(f"Résultat : {pap['fr']}. {pap['rec_fr']}.", f"Result: {pap['en']}. {pap['rec_en']}."),
                 c.t(f"L'équipe de proximité pourrait-elle {'la' if p.sex == 'F' else 'le'} rejoindre ?",
                     f"Could the outreach team reach {'her' if p.sex == 'F' else 'him'}?")]
    elif variant == 'dpj':
        c.add('diagnosis')
        body += [c.t(f"Pour {nm} : le rapport de la biopsie ({L(case, 'dx', 'fr').split(',')[0]}) est prêt. "
                     f"{'La jeune est placée' if p.sex == 'F' else 'Le jeune est placé'} en famille d'accueil sous la responsabilité de la DPJ; "
                     "le rapport doit être remis à l'intervenante désignée, pas aux parents.",
                     f"For {nm}: the biopsy report ({L(case, 'dx', 'en').split(',')[0]}) is ready. "
                     "The youth is in foster care under youth protection (DPJ); the report must go to the assigned worker, "
                     "not the parents."),
                 c.t("Merci de confirmer qui signe le consentement pour la suite.", "Please confirm who signs consent for next steps.")]
    else:
        case = c.case(sex=p.sex)
        c.add('diagnosis')
        body += [c.t(f"{nm} est prestataire de l'aide sociale et ne peut payer les frais de 25 $ pour la copie de son rapport "
                     f"({lc(L(case, 'dx', 'fr').split(',')[0])}); son carnet de réclamation est au dossier.",
                     f"{nm} is on social assistance and cannot pay the $25 copy fee for the report "
                     f"({lc(L(case, 'dx', 'en').split(',')[0])}); the claim booklet is on file."),
                 c.t("On peut appliquer l'exonération ?", "Can we apply the fee waiver?")]
    subj = c.pick([c.t("Situation particulière – résultat à transmettre", "Special situation - result delivery"),
                   c.t("Confidentiel – ne pas poster", "Confidential - do not mail"), c.t("Suivi résultat", "Result follow-up")])
    m = c.msg(sender, [to], subj, body + c.sig(sender))
    m.note = c.t('résultat et situation sociale', 'result with social situation')
    return m


def p_meds(c):
    p = c.patient(nam=c.chance(0.4), age=(40, 85))
    med = c.pick(MEDS)
    proc = c.pick([("biopsie ostéomédullaire", "bone marrow biopsy", "bicytopénie, r/o syndrome myélodysplasique", "bicytopenia, r/o MDS"),
                   ("cytoponction échoguidée d'un ganglion axillaire", "US-guided FNA of an axillary node", "adénopathie axillaire 2,4 cm", "2.4 cm axillary node"),
                   ("biopsie cutanée au poinçon", "punch skin biopsy", "éruption bulleuse, r/o pemphigoïde", "bullous eruption, r/o pemphigoid")])
    sender = c.pick([STAFF['path5'], STAFF['sec1'], STAFF['path4']])
    to = c.pick([CLIN['onco1'], CLIN['fam1'], CLIN['derm'], CLIN['pharm']])
    nm = c.name(p, 'full' if p.nam else None)
    d = day(c, 'long', 5, 30)
    c.add('medication', 'diagnosis')
    body = [greet(c, to),
            c.t(f"{nm} est prévu{'e' if p.sex == 'F' else ''} le {d} à {hour(c)} pour une {proc[0]} ({proc[2]}).",
                f"{nm} is booked {d} at {hour(c)} for a {proc[1]} ({proc[3]})."),
            c.t(f"Au profil pharmacologique : {med[0]}. Pouvez-vous confirmer l'arrêt ou l'ajustement avant l'intervention ?",
                f"Medication profile shows {med[1]}. Can you confirm whether it should be held or adjusted before the procedure?")]
    if p.nam:
        body.insert(1, ('table', None, [[k, v] for k, v in c.holder_kv(p)]))
    else:
        body.insert(2, c.mrn(p))
    if c.chance(0.4):
        c.add('lab_result')
        body.append(c.t("Dernière FSC : Hb 96 g/L, plaquettes 88 x 10^9/L.", "Last CBC: Hb 96 g/L, platelets 88 x 10^9/L."))
    m = c.msg(sender, [to], c.pick([c.t("Anticoagulation / médication avant biopsie", "Medication before biopsy"),
                                    c.t(f"Préparation – {proc[0]}", f"Prep - {proc[1]}")]), body + c.sig(sender))
    m.note = c.t('médication à ajuster avant biopsie', 'medication to adjust before biopsy')
    return m


def p_ics(c):
    p = c.patient(nam=False)
    kind = c.pick([("Cytoponction thyroïde", "Thyroid FNA", "nodule thyroïdien 2,8 cm TI-RADS 5", "2.8 cm TI-RADS 5 thyroid nodule"),
                   ("Cytoponction ganglion", "Lymph node FNA", "adénopathie sus-claviculaire, r/o métastase", "supraclavicular node, r/o metastasis"),
                   ("Colposcopie", "Colposcopy", "Pap HSIL, VPH 16+", "Pap HSIL, HPV 16+")])
    if kind[0] == 'Colposcopie':
        p = c.patient(nam=False, sex='F')
    nm = c.name(p, c.pick(['upper_comma', 'full', 'comma']))
    mr = c.mrn(p, label=False)
    ph = c.phone(p) if c.chance(0.6) else None
    c.add('diagnosis')
    if 'HSIL' in kind[2]:
        c.add('lab_result')
    start = datetime(c.now.year, c.now.month, c.now.day, 8, 0) + timedelta(days=c.rng.randint(7, 40), minutes=30 * c.rng.randint(0, 14))
    while start.weekday() >= 5:
        start += timedelta(days=1)
    end = start + timedelta(minutes=30)
    org = STAFF['sec1']
    summary = f"{c.t(kind[0], kind[1])} – {nm}"
    desc = c.t(f"Patient : {nm}\nDossier : {mr}\nIndication : {kind[2]}", f"Patient: {nm}\nMRN: {mr}\nIndication: {kind[3]}")
    if ph:
        desc += c.t(f"\nTél. patient : {ph}", f"\nPatient phone: {ph}")
    ics = make_ics(f"fna-{c.rng.randint(10**6, 10**7)}@hgpv.example", start, end, summary, desc,
                   c.t("Clinique de cytoponction, C-2.210", "FNA clinic, C-2.210"), (org.full, org.email),
                   [(STAFF['path4'].full, STAFF['path4'].email), (STAFF['cyto2'].full, STAFF['cyto2'].email)])
    body = [c.t("Rendez-vous ajouté à l'agenda de la clinique de cytoponction.", "Appointment added to the FNA clinic calendar."),
            c.t("Invitation jointe.", "Invitation attached.")]
    m = c.msg(org, [STAFF['path4'], STAFF['cyto2']], c.t(f"Invitation : {c.t(kind[0], kind[1])} {fmt_date(start.date(), 'iso')}",
                                                        f"Invitation: {kind[1]} {fmt_date(start.date(), 'iso')}"),
              body + c.sig(org, True), atts=[Att('invite.ics', 'text/calendar', text=ics, cte=c.pick(['7bit', 'base64', 'quoted-printable']))])
    m.note = c.t('invitation de rendez-vous de cytoponction', 'FNA appointment invitation')
    return m


def p_vcard(c):
    p = c.patient(nam=False, sex='F', age=(25, 64))
    pap = c.pick(PAP)
    sec = c.pick([STAFF['sec1'], STAFF['cyto1']])
    to = c.pick([CLIN['surg2'], CLIN['ipsl']])
    nm = c.name(p, 'full')
    c.add('patient_contact', 'lab_result', 'diagnosis')
    c.evidence.append(p.phone)
    bd = fmt_date(p.dob, 'iso')
    c.add('date_of_birth')
    c.evidence.append(bd)
    vcf = make_vcf(p.given, p.surname, tel=[('HOME', p.phone), ('CELL', f"438 555-01{c.rng.randint(0, 99):02d}")],
                   adr=(p.address, '', 'QC', '', 'Canada'), bday=bd,
                   note=c.t(f"Convocation colposcopie – {pap['code']}", f"Colposcopy recall - {pap['code']}"))
    body = [greet(c, to),
            c.t(f"Coordonnées à jour de {nm} pour la convocation en colposcopie (Pap {pap['code']}, {pap['hpv_fr']}). "
                "L'ancienne adresse au dossier n'est plus bonne.",
                f"Updated contact details for {nm} for the colposcopy recall (Pap {pap['code']}, {pap['hpv_en']}). "
                "The old address on file is no longer valid."),
            c.t("Fiche contact jointe.", "Contact card attached.")]
    fn = f"{p.given}_{p.surname}.vcf".replace(' ', '_').replace("'", '')
    m = c.msg(sec, [to], c.t("Coordonnées patiente – colposcopie", "Patient contact - colposcopy"), body + c.sig(sec, True),
              atts=[Att(fn, 'text/vcard', text=vcf, cte=c.pick(['quoted-printable', 'base64', '8bit']))])
    m.note = c.t('fiche contact de patiente pour convocation', 'patient contact card for recall')
    return m


def p_zip(c):
    tech = c.pick([STAFF['tech2'], STAFF['sec2']])
    members, listing = [], []
    for i in range(c.rng.randint(2, 4)):
        p = c.patient(nam=False)
        case = c.case(sex=p.sex)
        nm = c.name(p, 'upper_sur')
        acc = c.acc('S')
        dob = c.dob(p, 'iso')
        pdf = make_pdf([('title', c.t('Requête de pathologie (numérisée)', 'Pathology requisition (scanned)')),
                        ('kv', [(c.t('Nom', 'Name'), nm), (c.t('DDN', 'DOB'), dob), ('Acc.', acc),
                                (c.t('Spécimen', 'Specimen'), L(case, 'spec', c.lang)),
                                (c.t('Renseignements cliniques', 'Clinical information'), c.clin(case))])], title=acc)
        fn = f"REQ_{p.surname.upper()}_{p.given[0]}_{acc}.pdf".replace("'", '').replace(' ', '_')
        members.append((fn, pdf))
        listing.append(fn)
    c.add('diagnosis')
    members.append(('LISEZMOI.txt' if c.fr else 'README.txt', c.t("Lot de requêtes à corriger (renseignements incomplets).\n",
                                                                "Batch of requisitions needing correction (incomplete information).\n").encode('utf-8')))
    z = make_zip(members)
    to = c.pick([STAFF['qa'], STAFF['mgr'], LISTS['secr']])
    body = [c.t("Bonjour,", "Hi,"),
            c.t("Voici les requêtes numérisées du lot d'hier qui ont un problème de renseignements cliniques. "
                "Elles sont en attente à la réception.",
                "Here are yesterday's scanned requisitions with missing clinical info. They're on hold at reception."),
            c.t("Mot de passe : celui du service (je te l'envoie par Teams).", "Password: the usual one (sending by Teams).")]
    m = c.msg(tech, [to], c.t("Requêtes à corriger – lot numérisé", "Requisitions to fix - scanned batch"), body + c.sig(tech, True),
              atts=[Att(c.pick(['requetes_lot.zip', 'scans_requisitions.zip', 'REQ_a_corriger.zip']), 'application/zip', data=z)])
    m.note = c.t('requêtes numérisées en ZIP', 'scanned requisitions in a ZIP')
    return m


def p_fwd_eml(c):
    p = c.patient(nam=c.chance(0.5))
    case = c.case(sex=p.sex)
    nurse = (c.t("Infirmière clinique GMF", "GMF clinic nurse"), f"inf.clinique@{EXT['gmf'][1]}")
    nm = c.name(p, 'full' if p.nam else c.pick(['full', 'title', 'upper_comma']))
    c.add('diagnosis')
    inner_blocks = [c.t("Bonjour,", "Hello,"),
                    c.t(f"Dre Demers aimerait savoir où en est le rapport de {nm} ({lc(L(case, 'spec', 'fr'))}, "
                        f"envoyé il y a 3 semaines). {'La patiente est anxieuse' if p.sex == 'F' else 'Le patient est anxieux'}; on suspecte {lc(L(case, 'dx', 'fr').split(',')[0])}.",
                        f"Dr. Demers would like to know the status of the report for {nm} ({lc(L(case, 'spec', 'en'))}, "
                        f"sent 3 weeks ago). The patient is anxious; suspected {lc(L(case, 'dx', 'en').split(',')[0])}.")]
    if p.nam:
        inner_blocks.append(('table', None, [[k, v] for k, v in c.holder_kv(p)]))
    else:
        dd = c.dob(p)
        inner_blocks.append(c.t(f"DDN : {dd}", f"DOB: {dd}"))
    inner_blocks.append(c.t("Merci!", "Thanks!"))
    inner = Msg(c.lang, nurse, [(LISTS['secr'][0], LISTS['secr'][1])], c.t("Suivi de rapport", "Report status"), inner_blocks)
    fwd = c.pick([STAFF['sec1'], STAFF['sec2']])
    path = c.pick([STAFF['path1'], STAFF['path2'], STAFF['path6']])
    body = [c.t(f"{path.given}, voir le courriel ci-joint. Le cas est dans ta pile depuis le {day(c, None, -25, -10)}.",
                f"{path.given}, see attached e-mail. The case has been in your queue since {day(c, None, -25, -10)}."),
            c.t("Je leur réponds quoi ?", "What should I tell them?")]
    m = c.msg(fwd, [path], c.t("TR: Suivi de rapport", "FW: Report status"), body + c.sig(fwd, True),
              atts=[Att(c.t('Suivi de rapport.eml', 'Report status.eml'), 'message/rfc822', msg=inner)])
    m.note = c.t('courriel de clinique transféré en pièce jointe', 'clinic e-mail forwarded as attachment')
    m.inner = inner
    return m


def p_csv_recall(c):
    rows = []
    for i in range(c.rng.randint(3, 6)):
        p = c.patient(nam=False, sex='F', age=(25, 64))
        pap = c.pick(PAP)
        rows.append([c.name(p, 'upper_sur'), c.dob(p, 'iso'), c.phone(p), c.acc('C'), pap['code'],
                     c.t(pap['hpv_fr'], pap['hpv_en']), c.t(pap['rec_fr'], pap['rec_en'])])
    c.add('lab_result', 'diagnosis')
    hdr = [c.t('Nom', 'Name'), c.t('DDN', 'DOB'), c.t('Téléphone', 'Phone'), 'Acc.', c.t('Résultat', 'Result'), c.t('VPH', 'HPV'),
           c.t('Suivi', 'Follow-up')]
    cyto = c.pick([STAFF['cyto1'], STAFF['cyto2']])
    to = c.pick([CLIN['ipsl'], CLIN['surg2']])
    body = [greet(c, to),
            c.t("Liste des patientes à rappeler (résultats anormaux non suivis depuis 90 jours), à votre demande.",
                "List of patients to recall (abnormal results without follow-up for 90 days), as requested."),
            c.t("Le fichier s'ouvre dans Excel.", "The file opens in Excel.")]
    m = c.msg(cyto, [to], c.t("Rappels colposcopie – liste", "Colposcopy recalls - list"), body + c.sig(cyto),
              atts=[Att(c.t('rappels_colpo.csv', 'colpo_recalls.csv'), 'text/csv', text=make_csv(hdr, rows, c.pick([',', ';'])),
                        charset=c.pick(['utf-8', 'iso-8859-1']), cte=c.pick(['quoted-printable', 'base64', '8bit']))])
    m.note = c.t('liste CSV de rappels de Pap anormaux', 'CSV list of abnormal Pap recalls')
    return m


def p_autopsy(c):
    p = c.patient(nam=c.chance(0.5), age=(50, 95))
    path = c.pick([STAFF['path1'], STAFF['path6']])
    to = c.pick([CLIN['fam1'], CLIN['fam2']])
    nm = c.name(p, 'full' if p.nam else c.pick(['title', 'full', 'upper_comma']))
    cause = c.pick([("infarctus aigu du myocarde sur thrombose de l'IVA", "acute myocardial infarction due to LAD thrombosis"),
                    ("embolie pulmonaire massive; TVP du membre inférieur G", "massive pulmonary embolism; left leg DVT"),
                    ("carcinomatose péritonéale sur adénocarcinome pancréatique non diagnostiqué", "peritoneal carcinomatosis from undiagnosed pancreatic adenocarcinoma")])
    c.add('diagnosis')
    body = [greet(c, to),
            c.t(f"Autopsie hospitalière de {nm} (décès le {day(c, None, -10, -2)}, consentement de la famille au dossier).",
                f"Hospital autopsy of {nm} (died {day(c, None, -10, -2)}, family consent on file).")]
    if p.nam:
        body.append(('table', None, [[k, v] for k, v in c.holder_kv(p, with_mrn=True)]))
    else:
        dd, mr = c.dob(p), c.mrn(p)
        body.append(c.t(f"DDN {dd} — {mr}", f"DOB {dd} - {mr}"))
    body += [c.t(f"Diagnostic anatomique préliminaire : {cause[0]}.", f"Preliminary anatomic diagnosis: {cause[1]}."),
             c.t("Le rapport final (avec neuropathologie) suivra dans 6 à 8 semaines. La famille souhaite vous rencontrer.",
                 "Final report (with neuropathology) to follow in 6-8 weeks. The family would like to meet with you.")]
    m = c.msg(path, [to], c.t("Autopsie – diagnostic préliminaire", "Autopsy - preliminary diagnosis"), body + c.sig(path))
    m.note = c.t("diagnostic préliminaire d'autopsie", 'preliminary autopsy diagnosis')
    return m


def p_flow(c):
    p = c.patient(nam=c.chance(0.4), age=(45, 90))
    hp = STAFF['path5']
    onco = CLIN['onco1']
    c.add('diagnosis', 'lab_result')
    res = c.pick([(["Population B monoclonale kappa 68 % des lymphocytes", "CD5+, CD23+, CD200+, FMC7-, CD20 faible"],
                   ["Monoclonal kappa B-cell population, 68% of lymphocytes", "CD5+, CD23+, CD200+, FMC7-, dim CD20"],
                   "compatible avec une leucémie lymphoïde chronique", "consistent with chronic lymphocytic leukaemia"),
                  (["Blastes 34 % (CD34+, CD117+, HLA-DR+, MPO+)", "Maturation granulocytaire anormale"],
                   ["Blasts 34% (CD34+, CD117+, HLA-DR+, MPO+)", "Abnormal granulocytic maturation"],
                   "compatible avec une leucémie myéloïde aiguë", "consistent with acute myeloid leukaemia"),
                  (["Plasmocytes clonaux lambda 22 %", "CD38+, CD138+, CD56+, CD19-"],
                   ["Clonal lambda plasma cells 22%", "CD38+, CD138+, CD56+, CD19-"],
                   "compatible avec un myélome plasmocytaire", "consistent with plasma cell myeloma")])
    if p.nam:
        ident = ('table', None, [[k, v] for k, v in c.holder_kv(p)])
    else:
        ident = f"{c.name(p)}, {c.mrn(p)}"
    body = [greet(c, onco, formal=False), c.t("Cytométrie en flux (moelle) :", "Flow cytometry (marrow):"), ident] + \
        ['- ' + x for x in c.t(res[0], res[1])] + [c.t(f"Conclusion : {res[2]}.", f"Impression: {res[3]}."),
                                                    c.t("Caryotype et FISH en cours.", "Karyotype and FISH pending.")]
    m = c.msg(hp, [onco], c.t("Cytométrie – résultat préliminaire", "Flow - preliminary result"), body + c.sig(hp))
    m.note = c.t('résultat de cytométrie en flux', 'flow cytometry result')
    return m


def p_filename(c):
    p = c.patient(nam=False)
    case = c.case(sex=p.sex)
    path = c.pick([STAFF['path2'], STAFF['path3'], STAFF['sec1']])
    to = CLIN[case['surg']]
    c.add('patient_name', 'diagnosis', 'lab_result')
    base = f"{p.surname}_{p.given}".replace(' ', '_').replace("'", '')
    c.evidence.append(base.replace('_', ' '))
    acc = c.acc('S')
    blocks = [('title', c.t('Addenda', 'Addendum') + ' ' + acc), L(case, 'dx', c.lang)] + L(case, 'res', c.lang)
    if c.chance(0.5):
        data = make_pdf(blocks, title=acc)
        att = Att(c.t(f"Rapport_modifié_{base}.pdf", f"Amended_report_{base}.pdf"), 'application/pdf', data=data,
                  force2231=c.chance(0.5))
    else:
        data = make_docx(blocks, title=acc)
        att = Att(c.t(f"Addenda_{base}_{acc}.docx", f"Addendum_{base}_{acc}.docx"),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data, force2231=c.chance(0.5))
    body = [greet(c, to, formal=False), c.t("Addenda ci-joint, comme discuté.", "Addendum attached as discussed."), path.given]
    m = c.msg(path, [to], c.t(f"Addenda {acc}", f"Addendum {acc}"), body, atts=[att])
    m.note = c.t('nom seulement dans le nom du fichier joint', 'name only in attachment file name')
    return m


def p_subject(c):
    p = c.patient(nam=False)
    case = c.case(sex=p.sex)
    path = c.pick([STAFF['path1'], STAFF['path2'], STAFF['path6']])
    to = c.pick([CLIN[case['surg']], STAFF['tbcoord']])
    nm = c.name(p, c.pick(['comma', 'upper_comma', 'full', 'lower']))
    c.add('diagnosis', 'lab_result')
    body = [L(case, 'dx', c.lang) + '.', ' / '.join(L(case, 'res', c.lang)),
            c.t("Je le présente au comité jeudi si tu veux.", "I can present at Thursday's board if you like."),
            path.given]
    m = c.msg(path, [to], f"{nm} – {c.t('patho', 'path')}", body)
    m.note = c.t('nom seulement dans l’objet', 'name only in Subject')
    return m
