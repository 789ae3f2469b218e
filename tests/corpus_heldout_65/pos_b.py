# -*- coding: utf-8 -*-
"""Positive templates, part B: foreign identifiers, attachments, staff/volunteer/facilities mail leaking residents."""
import datetime

import common as C
import tplutil as U


def death_notice(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff(rng.choice(['inf', 'csi']))
    tos = [c.staff('acces', org='ciusss').pair, c.staff('agente').pair]
    hh = f"{rng.randrange(0, 24):02d} h {rng.choice(['05', '10', '40', '52'])}"
    nm = c.name(p, rng.choice([0, 1, 3]))
    kin, rel = c.kin(p)
    cause = c.clin(rng.choice(["dans un contexte de soins de fin de vie", "suite à une pneumonie d'aspiration",
                               "paisiblement, sous sédation palliative"]),
                   rng.choice(["in the context of end-of-life care", "following aspiration pneumonia",
                               "peacefully, under palliative sedation"]))
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Nous vous informons du décès de {nm}, ch. {p.room}, survenu à {hh} {cause}.",
                      f"Please note that {nm}, room {p.room}, passed away at {hh.replace(' h ', ':')} {cause}."),
                  c.L(f"{kin} ({rel}) a été avisé(e) et viendra chercher les effets personnels demain. "
                      "La chambre sera libérée après la désinfection.",
                      f"{kin} ({rel}) has been notified and will pick up personal belongings tomorrow. "
                      "The room will be released after disinfection."),
                  c.L("La maison funéraire a été contactée par la famille.", "The family has contacted the funeral home.")
                  if c.chance(0.5) else '', inf.sig())
    subj = rng.choice([c.L(f"Décès ch. {p.room}", f"Death - room {p.room}"), c.L(f"Avis de décès - {p.surname}",
                                                                                  f"Death notice - {p.surname}"),
                       c.L("Lit disponible - " + p.unit, "Bed available - " + p.unit)])
    return dict(from_=inf.pair, to=tos, subject=subj, text=body, note='death notice of named resident')


def ontario_transfer(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    on_ = c.staff('acces', org='eastbrook')
    nm = c.full(p, title=c.chance(0.5))
    kin, rel = c.kin(p)
    items = [c.L(f"Nom : {nm}", f"Name: {nm}"), c.L(f"DDN : {c.dob(p)}", f"DOB: {c.dob(p)}"),
             c.L(f"No carte Santé Ontario : {c.ohip(p)}", f"Ontario health card: {c.ohip(p)}")]
    if p.nam and c.chance(0.4):
        items.append(c.L(f"NAM (Québec) : {c.nam(p)}", f"Quebec RAMQ no.: {c.nam(p)}"))
    items.append(c.L("Diagnostics : ", "Diagnoses: ") + '; '.join(c.dx(2)))
    items.append(c.soc(f"Motif du transfert : rapprochement familial ({kin}, {rel}, réside à Lakeport)",
                       f"Reason for transfer: closer to family ({kin}, {rel}, lives in Lakeport)"))
    if c.chance(0.5):
        items.append(c.L("Médication : ", "Medications: ") + ', '.join(c.med(3)))
    body = U.join(C.greeting(rng, c.lang, on_.giv),
                  c.L("Suite à notre conversation, voici les informations pour la demande d'admission interprovinciale.",
                      "Further to our call, here is the information for the interprovincial LTC application."),
                  U.bullets(rng, items),
                  c.L("Le formulaire signé suivra par télécopieur.", "The signed consent form will follow by fax."),
                  ts.sig())
    atts = []
    if c.chance(0.35):
        atts.append(U.pdf(U.safe_fn(c.rng, f"LTC_application_{p.surname}.pdf"), "Long-Term Care Home Application - Health Assessment",
                          items, author=ts.full))
    return dict(from_=ts.pair, to=[on_.pair], subject=c.L("Transfert vers l'Ontario - ", "Transfer to Ontario LTC - ") + p.surname,
                text=body, attachments=atts, note='interprovincial LTC transfer with Ontario health number')


def belgian_resident(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    org, dom, tel = C.EXT_ORGS['mutu']
    dest = ("Service international", f"international@{dom}")
    nm = c.name(p, rng.choice([0, 3, 4]))
    body = U.join(c.L("Madame, Monsieur,", "Dear Sir or Madam,"),
                  c.L(f"Nous accompagnons {nm}, ressortissant(e) belge né(e) le {c.dob(p, 2)}, NISS {c.niss(p)}, "
                      f"hébergé(e) depuis peu dans notre centre ({c.orgname}).",
                      f"We are assisting {nm}, a Belgian national born {c.dob(p, 2)}, NISS {c.niss(p)}, who was "
                      f"recently admitted to our facility ({c.orgname})."),
                  c.L(f"Son état ({c.dx()}) nécessite un hébergement permanent. Pourriez-vous nous confirmer la "
                      "couverture des frais et nous transmettre l'attestation d'affiliation?",
                      f"{'Her' if p.fem else 'His'} condition ({c.dx()}) requires permanent placement. Could you confirm coverage of the "
                      "costs and send us the affiliation certificate?"),
                  c.soc("La personne n'a plus de famille au Québec; son neveu à Liège est le contact principal.",
                        "The person has no remaining family in Quebec; a nephew in Liège is the main contact.")
                  if c.chance(0.6) else '',
                  C.closing(rng, c.lang), ts.sig(disclaimer=True))
    return dict(from_=ts.pair, to=[dest], subject=c.L("Demande d'attestation - assuré(e) belge",
                                                      "Coverage certificate - Belgian insured person"),
                text=body, note='Belgian national with NISS, placement')


def french_resident(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']), org='clsc')
    org, dom, tel = C.EXT_ORGS['caisse_fr']
    dest = ("Gestion des pensions", f"pensions@{dom}")
    nm = c.full(p, title=True)
    rows = [[c.L("Champ", "Field"), c.L("Valeur", "Value")],
            [c.L("Nom", "Name"), nm], ["NIR", c.nir(p)], [c.L("Date de naissance", "Date of birth"), c.dob(p)],
            [c.L("Adresse au Québec", "Address in Quebec"), c.address(p)],
            [c.L("Motif", "Reason"), c.soc("curatelle en cours d'ouverture; changement d'adresse de versement",
                                           "curatorship pending; change of payment address")]]
    att = U.docx(U.safe_fn(c.rng, f"changement_adresse_{p.surname}.docx"), c.L("Déclaration de changement de situation",
                                                                       "Change of circumstances"),
                 [c.L("Pensionné(e) résidant au Canada", "Pensioner residing in Canada")], table=rows, author=ts.full)
    body = U.join(c.L("Bonjour,", "Hello,"),
                  c.L(f"Veuillez trouver ci-joint la déclaration de changement de situation pour {nm}.",
                      f"Please find attached the change of circumstances declaration for {nm}."),
                  c.L("Le certificat de vie suivra.", "The life certificate will follow."), ts.sig())
    return dict(from_=ts.pair, to=[dest], subject=c.L("Pension - changement de situation", "Pension - change of circumstances"),
                text=body, attachments=[att], note='French pensioner with NIR, address, curatorship')


def sin_benefits(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    agt = c.staff('agente', org='ciusss')
    nm = c.name(p, rng.choice([0, 2, 3]))
    lines = [c.L(f"{nm} - NAS {c.sin(p)}", f"{nm} - SIN {c.sin(p)}")]
    if c.chance(0.5):
        lines.append(c.L(f"Né(e) le {c.dob(p)}", f"Born {c.dob(p)}"))
    lines.append(c.soc(f"Demande de SRG et de contribution réduite à l'hébergement; revenu {rng.randrange(15, 24)} k$, "
                       "aucun actif", f"GIS and reduced accommodation contribution request; income ${rng.randrange(15, 24)}k, no assets"))
    if c.chance(0.5):
        lines.append(c.soc("Représentant légal : curateur public (dossier en cours)", "Legal representative: public curator (pending)"))
    body = U.join(C.greeting(rng, c.lang, agt.giv),
                  c.L("Peux-tu compléter la section financière pour :", "Could you complete the financial section for:"),
                  '\n'.join(lines), C.closing(rng, c.lang), ts.sig(short=True))
    return dict(from_=ts.pair, to=[agt.pair], subject=c.L("Contribution adulte hébergé", "Resident contribution"),
                text=c.typo(body), note='benefit application with SIN')


def vcard_client(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff('inf', org='clsc')
    col = c.staff(rng.choice(['ergo', 'physio', 'nutr']), org='clsc')
    addr = c.address(p)
    tel = c.tel(p)
    nm = c.full(p, title=False)
    note = ''
    if c.chance(0.6):
        note = c.L(f"Usager SAD - {c.dx()}. Clé dans la boîte à clés, code 4471.",
                   f"Home-care client - {c.dx()}. Key in lockbox, code 4471.")
    card = U.vcf(U.safe_fn(c.rng, f"{p.given}_{p.surname}.vcf"), rng, fn=nm, n=f"{p.surname};{p.given};;;",
                 tels=[('HOME', tel)], adr=[addr, '', '', '', ''], note=note,
                 bday=p.dob.isoformat() if c.chance(0.3) else None)
    if 'BDAY' in card['text']:
        c.types.add('date_of_birth')
    body = U.join(C.greeting(rng, c.lang, col.giv),
                  c.L(f"Je te partage la fiche de {p.given} pour ta visite à domicile de jeudi.",
                      f"Sharing {p.given}'s contact card for your home visit on Thursday."),
                  c.L(f"Appelle avant, {c.pr(p)} n'entend pas bien.", f"Call ahead, {c.pr(p)} is hard of hearing."), inf.sig(short=True))
    return dict(from_=inf.pair, to=[col.pair], subject=c.L("Fiche contact visite à domicile", "Contact card - home visit"),
                text=body, attachments=[card], note='vCard of home-care client with address and phone')


def diet_csv(c):
    rng = c.rng
    nutr = c.staff('nutr')
    cuis = ("Service alimentaire", f"alimentation@{c.dom}")
    head = c.L(["Chambre", "Usager", "No dossier", "Texture", "Liquides", "Allergies / diète"],
               ["Room", "Resident", "MRN", "Texture", "Fluids", "Allergies / diet"])
    rows = [head]
    seen = set()
    for _ in range(rng.randrange(6, 12)):
        p = c.patient()
        if (p.surname, p.given) in seen:
            continue
        seen.add((p.surname, p.given))
        c.types.update(['patient_name', 'mrn', 'diagnosis'])
        rows.append([p.room, f"{p.surname.upper()} {p.given}" if c.chance(0.5) else f"{p.surname}, {p.given}",
                     p.mrn_v, rng.choice(['purée', 'hachée', 'molle', c.L('régulière', 'regular')]),
                     rng.choice([c.L('miel', 'honey-thick'), c.L('nectar', 'nectar-thick'), c.L('clairs', 'thin')]),
                     rng.choice([c.L('diabétique', 'diabetic'), c.L('allergie arachides', 'peanut allergy'),
                                 c.L('sans sel ajouté (IC)', 'no added salt (HF)'), c.L('dysphagie sévère', 'severe dysphagia'),
                                 c.L('IRC - restriction K', 'CKD - low K'), '-'])])
    att = U.csv(c.L(f"textures_{p.unit.replace(' ', '_')}.csv", f"diet_textures_{c.date:%Y%m%d}.csv"), rows, rng)
    body = U.join(C.greeting(rng, c.lang), c.L("Mise à jour des textures suite aux évaluations de la semaine.",
                                                "Updated texture list following this week's swallowing assessments."),
                  nutr.sig())
    return dict(from_=nutr.pair, to=[cuis], subject=c.L("Textures et diètes - MAJ", "Diets and textures - update"),
                text=body, attachments=[att], note='CSV roster of residents with MRN and diets')


def zip_bundle(c):
    rng = c.rng
    p = c.patient(nam=c.chance(0.6))
    liaison = c.staff('acces', org='ciusss')
    csi = c.staff('csi')
    idl = [c.L(f"Usager : {c.roster(p)}", f"Client: {c.roster(p)}")]
    if p.nam:
        idl.append(f"NAM : {c.nam(p)}")
    idl.append(c.L(f"DDN : {c.dob(p)}", f"DOB: {c.dob(p)}"))
    pdf = U.pdf('evaluation_medicale.pdf', c.L("Évaluation médicale - demande d'hébergement", "Medical assessment - LTC application"),
                idl + [c.L("Diagnostics : ", "Diagnoses: ") + '; '.join(c.dx(3)),
                       c.L("Traitements : ", "Treatments: ") + ', '.join(c.med(4))], author='Dr ' + c.staff('md').sur)
    soc = c.social(2)
    txt = '\n'.join(idl + [c.L("Évaluation psychosociale (résumé)", "Psychosocial assessment (summary)")] + soc)
    files = [('evaluation_medicale.pdf', pdf['data']), ('psychosocial.txt', txt.replace('\n', '\r\n'))]
    if c.chance(0.5):
        files.append(('bilan_labo.csv', f"test;resultat\r\n" + '\r\n'.join(
            l.replace(' ', ';', 1) for l in c.lab(3)) + '\r\n'))
    att = U.zipf(U.safe_fn(c.rng, c.L(f"dossier_hebergement_{p.surname}.zip", f"ltc_file_{p.surname}.zip")), files)
    body = U.join(C.greeting(rng, c.lang, csi.giv),
                  c.L("Dossier complet en pièce jointe (zip). Mot de passe envoyé par Teams.",
                      "Complete file attached (zip). Password sent via Teams.") if c.chance(0.3) else
                  c.L("Dossier complet ci-joint.", "Complete file attached."), liaison.sig(short=True))
    return dict(from_=liaison.pair, to=[csi.pair], subject=c.L("Dossier hébergement", "LTC application file"),
                text=body, attachments=[att], note='ZIP with assessments')


def attached_family_eml(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    csi = c.staff('csi')
    kin, rel = c.kin(p)
    kin_addr = c.kin_email(p)
    dt = c.earlier(5, 60)
    f = p.fem
    mom = {'fille': 'ma mère' if f else 'mon père', 'fils': 'ma mère' if f else 'mon père',
           'nièce': 'ma tante' if f else 'mon oncle', 'neveu': 'ma tante' if f else 'mon oncle',
           'conjoint': 'ma conjointe' if f else 'mon conjoint', 'conjointe': 'ma conjointe' if f else 'mon conjoint',
           'soeur': 'ma soeur' if f else 'mon frère',
           'daughter': 'my mother' if f else 'my father', 'son': 'my mother' if f else 'my father',
           'niece': 'my aunt' if f else 'my uncle', 'nephew': 'my aunt' if f else 'my uncle',
           'husband': 'my wife' if f else 'my husband', 'wife': 'my wife' if f else 'my husband',
           'sister': 'my sister' if f else 'my brother'}[rel]
    inner_text = U.join(c.L("Bonjour Madame,", "Hello,"),
                        c.L(f"Je vous écris au sujet de {mom}, {c.full(p, True)}, à la chambre {p.room}. "
                            f"Depuis le changement de médication ({c.med()}), {c.pr(p)} dort toute la journée et ne "
                            f"mange presque plus. De plus, {c.social()}.",
                            f"I'm writing about {mom}, {c.full(p, True)}, in room {p.room}. Since the medication "
                            f"change ({c.med()}), {c.pr(p)} sleeps all day and barely eats. Also, {c.social()}."),
                        c.L("Je voudrais une rencontre rapidement.", "I would like a meeting soon."), kin)
    att = U.eml(c, U.safe_fn(c.rng, c.L(f"Courriel famille {p.surname}.eml", f"Family email {p.surname}.eml")), (kin, kin_addr),
                [ts.pair], c.L("Inquiétudes", "Concerns"), inner_text, dt)
    body = U.join(C.greeting(rng, c.lang, csi.giv),
                  c.L("Je te transfère le courriel reçu de la famille (en pièce jointe). On pourrait planifier une "
                      "rencontre la semaine prochaine?", "Forwarding the family's e-mail (attached). Could we plan a "
                      "meeting next week?"), ts.sig(short=True))
    return dict(from_=ts.pair, to=[csi.pair], subject=C.fwd_subject(rng, c.lang, c.L("Inquiétudes", "Concerns")),
                text=body, attachments=[att], note='family e-mail attached as .eml')


def bpsd_html(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff(rng.choice(['inf', 'inf_aux', 'csi']))
    ger = c.staff('ger')
    nm = c.name(p, rng.choice([0, 3, 9]))
    rows = []
    for d in range(rng.randrange(4, 8)):
        day = c.date - datetime.timedelta(days=d)
        rows.append((day.strftime('%Y-%m-%d'), f"{rng.choice([15, 16, 19, 21, 2, 3])}:{rng.choice(['00', '20', '45'])}",
                     c.scpd(), rng.choice([c.L('redirection réussie', 'redirection successful'),
                                           c.L('PRN donné', 'PRN given'), c.L('musique, efficace', 'music, effective'),
                                           c.L('refus, réessayé 30 min plus tard', 'refused, retried 30 min later')])))
    head = c.L(("Date", "Heure", "Comportement", "Intervention"), ("Date", "Time", "Behaviour", "Intervention"))
    tr = ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>\n' for r in rows)
    med = c.med() if c.chance(0.6) else None
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">'
            f'<p>{C.greeting(rng, c.lang, "Dr " + ger.sur)}</p>'
            f'<p>{c.L("Grille d’observation des SCPD pour", "BPSD observation grid for")} <b>{nm}</b> '
            f'({c.L("ch.", "rm")} {p.room}, {p.unit}) :</p>\n'
            f'<table border="1" cellpadding="4" style="border-collapse:collapse">'
            f'<tr>{"".join(f"<th>{h}</th>" for h in head)}</tr>\n{tr}</table>'
            + (f'<p>{c.L("Rx actuelle", "Current Rx")}: {med}</p>' if med else '') +
            f'<p>{c.L("Merci de votre avis pour la consultation de jeudi.", "Thank you for your input before Thursday.")}</p>'
            f'<p>{inf.full}<br>{inf.role_txt()}<br>{c.orgname}</p></body></html>')
    return dict(from_=inf.pair, to=[ger.pair], subject=c.L("Grille SCPD - consultation", "BPSD log - consult"),
                html=html, mode='html', note='HTML-only behaviour log table')


def geriatric_consult(c):
    rng = c.rng
    p = c.patient()
    md = c.staff('md')
    ger = c.staff('ger', org='hopital')
    nm = c.full(p, title=c.chance(0.7))
    parts = [c.L(f"Patient(e) : {nm}, {c.age_txt(p)}", f"Patient: {nm}, {c.age_txt(p)}")]
    if c.chance(0.6):
        parts.append(c.L(f"DDN {c.dob(p)} - dossier {c.mrn(p)}", f"DOB {c.dob(p)} - MRN {c.mrn(p)}"))
    else:
        parts.append(c.L(f"No dossier : {c.mrn(p)}", f"MRN: {c.mrn(p)}"))
    parts.append(c.L(f"Raison : déclin cognitif rapide depuis 3 mois, {c.lab()}.",
                     f"Reason: rapid cognitive decline over 3 months, {c.lab()}."))
    parts.append(c.L("ATCD : ", "PMHx: ") + ', '.join(c.dx(2)))
    if c.chance(0.5):
        parts.append(c.L("Question : aptitude à gérer ses biens? (mandat non homologué)",
                         "Question: capacity to manage property? (mandate not homologated)"))
        c.types.add('social_information')
    body = U.join(c.L(f"Dr {ger.sur},", f"Dr. {ger.sur},"),
                  c.L("Demande de consultation en gériatrie :", "Geriatric consultation request:"),
                  '\n'.join(parts), C.closing(rng, c.lang), md.sig())
    return dict(from_=md.pair, to=[ger.pair], subject=c.L("Consultation gériatrie", "Geriatrics consult") +
                rng.choice(['', ' - ' + p.surname, ' (semi-urgent)']), text=body, note='geriatric consultation request')


def volunteer_resident(c):
    rng = c.rng
    p = c.patient()
    coord = c.staff('benev')
    vols = [f"{rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}" for _ in range(rng.randrange(2, 4))]
    nm = c.name(p, rng.choice([1, 0, 7]))
    k = rng.randrange(3)
    if k == 0:
        info = c.clin("est maintenant en soins de fin de vie; les visites doivent être courtes et calmes",
                      "is now receiving end-of-life care; visits should be short and calm")
    elif k == 1:
        info = c.clin("a un TNCM avancé et peut être désorienté(e) en fin de journée",
                      "has advanced dementia and may be disoriented late in the day")
    else:
        info = c.soc("n'a plus aucune visite de sa famille depuis le conflit sur la vente de sa maison",
                     "no longer gets any family visits since the dispute over the sale of the house")
    body = U.join(c.L("Bonjour chers bénévoles,", "Dear volunteers,"),
                  c.L(f"Petite note pour le jumelage d'accompagnement : {nm} (ch. {p.room}) {info}.",
                      f"A quick note for the companionship pairing: {nm} (room {p.room}) {info}."),
                  c.L(f"{vols[0]} prendra les mardis, {vols[1]} les jeudis. Apportez de la musique des années 60 - "
                      f"{c.pr(p)} adore.", f"{vols[0]} will take Tuesdays, {vols[1]} Thursdays. Bring some 60s music - "
                      f"{c.pr(p)} loves it."), coord.sig())
    to = [(v, C.email_addr(*v.split(' ', 1), 'benevoles.example')) for v in vols]
    return dict(from_=coord.pair, to=to, subject=c.L("Jumelage accompagnement", "Companionship pairing"),
                text=c.typo(body), note='volunteer service mail revealing resident condition')


def facilities_isolation(c):
    rng = c.rng
    p = c.patient()
    prev = c.staff('prev')
    hyg = ("Hygiène et salubrité", f"hygiene-salubrite@{c.dom}")
    nm = c.name(p, rng.choice([1, 3, 6]))
    bug = c.clin(rng.choice(["C. difficile (toxine +)", "SARM", "ERV", "influenza A"]),
                 rng.choice(["C. difficile (toxin +)", "MRSA", "VRE", "influenza A"]), kind='lab_result')
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Chambre {p.room} ({nm}) : isolement contact pour {bug}. Désinfection terminale requise au sporicide "
                      "au départ; rideaux à changer.", f"Room {p.room} ({nm}): contact isolation for {bug}. Terminal "
                      "cleaning with sporicide required at discharge; change curtains."),
                  c.L("Bac de linge dédié à l'entrée de la chambre svp.", "Please place a dedicated linen bin at the door."),
                  prev.sig(short=c.chance(0.5)))
    return dict(from_=prev.pair, to=[hyg], subject=c.L(f"Isolement ch. {p.room}", f"Isolation room {p.room}"),
                text=body, note='facilities/hygiene mail naming resident under isolation')


def staff_assignment(c):
    rng = c.rng
    p = c.patient()
    csi = c.staff('csi')
    staff = [f"{rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}" for _ in range(6)]
    rows = [c.L(("Quart", "PAB", "Secteur"), ("Shift", "PCA", "Section"))]
    for i, s in enumerate(staff):
        rows.append((c.L(['Jour', 'Soir', 'Nuit'], ['Day', 'Evening', 'Night'])[i % 3], s, f"{rng.choice('ABC')}{i + 1}"))
    nm = c.name(p, rng.choice([1, 0, 3]))
    note = c.L(f"IMPORTANT : surveillance 1:1 pour {nm} (ch. {p.room}) — {c.scpd()}; "
               f"risque de fugue élevé. Bracelet anti-fugue vérifié chaque quart.",
               f"IMPORTANT: 1:1 monitoring for {nm} (room {p.room}) — {c.scpd()}; high elopement risk. "
               f"Check wander bracelet every shift.")
    body = U.join(C.greeting(rng, c.lang), c.L("Affectations de la fin de semaine :", "Weekend assignments:"),
                  U.table_text(rows), note, csi.sig(short=True))
    to = [(s, C.email_addr(*s.split(' ', 1), c.dom)) for s in staff[:4]]
    return dict(from_=csi.pair, to=to, subject=c.L("Horaire fin de semaine + 1:1", "Weekend schedule + 1:1"),
                text=body, mode=rng.choice(['plain', 'alt']), note='staff roster with resident monitoring note')


def subject_only(c):
    rng = c.rng
    p = c.patient()
    a = c.staff(rng.choice(['md', 'inf', 'ts']))
    b = c.staff(rng.choice(['csi', 'ger', 'ts_m']))
    k = rng.randrange(4)
    if k == 0:
        subj = f"{c.name(p, 1)} - {c.dx()}"
    elif k == 1:
        subj = c.L(f"{p.surname} {p.given[0]}. / résultat {c.lab()}", f"{p.surname} {p.given[0]}. / result {c.lab()}")
    elif k == 2:
        subj = c.L(f"{c.name(p, 0)} : signalement fait ce matin", f"{c.name(p, 0)}: abuse report filed this morning")
        c.types.add('social_information')
    else:
        subj = c.L(f"{c.name(p, 3)} - {c.med()} cessé", f"{c.name(p, 3)} - {c.med()} stopped")
    c.types.add('patient_name')
    body = rng.choice([c.L("Peux-tu m'appeler quand tu as 5 min?", "Can you call me when you have 5 min?"),
                       c.L("Voir objet. On en parle au caucus.", "See subject. Let's discuss at huddle."),
                       c.L("FYI", "FYI"), c.L("Tel que discuté.", "As discussed.")])
    return dict(from_=a.pair, to=[b.pair], subject=subj, text=U.join(body, a.sig(short=True)),
                note='identifying information only in Subject')


def nam_only(c):
    rng = c.rng
    p = c.patient(nam=True)
    inf = c.staff(rng.choice(['inf', 'inf_aux']))
    org, dom, tel = C.EXT_ORGS['pharma']
    m = c.med(rng.randrange(1, 3))
    m = [m] if isinstance(m, str) else m
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Renouvellement svp pour l'usager NAM {c.nam(p)} : {', '.join(m)}. Prochaine livraison du "
                      f"pilulier mardi.", f"Refill please for resident RAMQ {c.nam(p)}: {', '.join(m)}. Next blister "
                      f"pack delivery Tuesday."),
                  c.L(f"Aussi : {c.lab()} ce matin, le MD veut ajuster.", f"Also: {c.lab()} this morning, MD wants to adjust.")
                  if c.chance(0.5) else '', inf.sig(short=True))
    return dict(from_=inf.pair, to=[("Pharmacie", f"commandes@{dom}")], subject=c.L("Renouvellement", "Refill request")
                + rng.choice(['', ' ch. ' + p.room, ' - ' + c.nam(p)]), text=body, note='NAM with medication, no name')


def mrn_only(c):
    rng = c.rng
    prev = c.staff('prev')
    csi = c.staff('csi')
    rows = []
    for _ in range(rng.randrange(3, 7)):
        p = c.patient()
        rows.append(f"{c.mrn(p)} | ch. {p.room} | {c.lab()}" if c.lang == 'fr' else f"{c.mrn(p)} | rm {p.room} | {c.lab()}")
    body = U.join(C.greeting(rng, c.lang, csi.giv),
                  c.L("Résultats de dépistage de la semaine (par numéro de dossier) :",
                      "This week's screening results (by chart number):"),
                  '\n'.join(rows), c.L("Mesures additionnelles à appliquer dès aujourd'hui.",
                                       "Apply additional precautions today."), prev.sig())
    return dict(from_=prev.pair, to=[csi.pair], subject=c.L("Dépistages - résultats", "Screening results"), text=body,
                note='chart numbers with lab results, no names')


def curator_inventory(c):
    rng = c.rng
    p = c.patient(nam=c.chance(0.5))
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    org, dom, tel = C.EXT_ORGS['oppm']
    ag = (f"{rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}",)
    dest = (ag[0], C.email_addr(*ag[0].split(' ', 1), dom))
    nm = c.roster(p)
    rows = [[c.L("Élément", "Item"), c.L("Détail", "Detail")],
            [c.L("Personne représentée", "Represented person"), nm]]
    if p.nam:
        rows.append(["NAM", c.nam(p)])
    if c.chance(0.5):
        rows.append([c.L("NAS", "SIN"), c.sin(p)])
    c.types.add('social_information')
    rows += [[c.L("Compte bancaire", "Bank account"), c.L("solde 3 412 $, retraits suspects en mars", "balance $3,412, suspicious withdrawals in March")],
             [c.L("Résidence", "House"), c.L("vendue par le fils en 2023 (procuration)", "sold by the son in 2023 (power of attorney)")],
             [c.L("Revenus", "Income"), "PSV + SRG + RRQ"]]
    att = U.xlsx(U.safe_fn(c.rng, f"inventaire_{p.surname}.xlsx"), [(c.L("Inventaire", "Inventory"), rows)], author=ts.full)
    body = U.join(C.greeting(rng, c.lang, dest[0].split()[0]),
                  c.L("Voici l'inventaire sommaire des biens préparé avec l'usager(ère) et la fiducie.",
                      "Here is the summary inventory of assets prepared with the client and the trust company."),
                  ts.sig())
    return dict(from_=ts.pair, to=[dest], subject=c.L("Inventaire des biens", "Asset inventory"), text=body,
                attachments=[att], note='curatorship asset inventory spreadsheet')


def family_reply(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    kin, rel = c.kin(p)
    kin_addr = c.kin_email(p)
    odt = c.earlier(3, 90)
    orig = U.join(c.L("Bonjour,", "Hi,"),
                  c.L(f"Ici {kin}, {rel} de {c.full(p, False)}. Est-ce que la demande de CHSLD avance? "
                      f"Je ne suis plus capable de {c.pr(p, 'obj')} garder à la maison, {c.social()}.",
                      f"This is {kin}, {rel} of {c.full(p, False)}. Is the LTC application moving? I can't keep "
                      f"{c.pr(p, 'obj')} at home anymore, {c.social()}."),
                  c.L("Merci", "Thanks"), kin.split()[0])
    new = U.join(C.greeting(rng, c.lang, kin.split()[0]),
                 rng.choice([c.L(f"La demande est au mécanisme d'accès depuis le {c.fdate(odt)}. En attendant, je peux "
                                 "organiser un hébergement temporaire de répit.", "The application has been with the access "
                                 "mechanism since " + c.fdate(odt) + ". Meanwhile, I can arrange temporary respite placement."),
                             c.L("Je comprends. J'ai parlé au médecin; on peut accélérer vu la situation.",
                                 "I understand. I spoke with the physician; we can expedite given the situation.")]),
                 ts.sig())
    subj = c.L("Demande CHSLD", "LTC application")
    text = C.compose_reply(rng, c.lang, new, orig, kin, kin_addr, odt, ts.addr, subj)
    return dict(from_=ts.pair, to=[(kin, kin_addr)], subject=C.reply_subject(rng, c.lang, subj), text=c.typo(text),
                in_reply_to=True, note='reply to family caregiver')


def incident_report(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff(rng.choice(['inf', 'inf_aux']))
    gest = c.staff('dir')
    when = c.earlier(2, 30)
    nm = c.roster(p)
    paras = [c.L(f"Usager : {nm}     Chambre : {p.room}", f"Resident: {nm}     Room: {p.room}"),
             c.L(f"Date/heure : {when:%Y-%m-%d %H:%M}", f"Date/time: {when:%Y-%m-%d %H:%M}"),
             c.L("Type : chute - trouvé(e) au sol", "Type: fall - found on floor"),
             c.L(f"Conséquences : {c.clin('fracture du poignet droit confirmée à la radiographie', 'right wrist fracture on X-ray')}",
                 f"Consequences: {c.clin('fracture du poignet droit confirmée à la radiographie', 'right wrist fracture on X-ray')}"),
             c.L(f"Facteurs : {c.dx()}, {c.med()}", f"Factors: {c.dx()}, {c.med()}")]
    if c.chance(0.4):
        paras.append(c.L(f"Né(e) le {c.dob(p)}", f"Born {c.dob(p)}"))
    att = U.pdf(c.L(f"AH-223_{when:%Y%m%d}_{p.room}.pdf", f"incident_{when:%Y%m%d}_{p.room}.pdf"),
                c.L("Rapport de déclaration d'incident ou d'accident (AH-223)", "Incident/accident report"), paras,
                author=inf.full)
    body = U.join(C.greeting(rng, c.lang), c.L("Déclaration d'accident jointe pour suivi.", "Accident report attached for follow-up."),
                  inf.sig(short=True))
    return dict(from_=inf.pair, to=[gest.pair], subject=c.L("AH-223 ch. " + p.room, "Incident report rm " + p.room),
                text=body, attachments=[att], note='filled incident report PDF')


POS_B = [
    ('death_notice', death_notice),
    ('ontario_transfer', ontario_transfer),
    ('belgian_resident', belgian_resident),
    ('french_pensioner', french_resident),
    ('benefits_sin', sin_benefits),
    ('vcard_client', vcard_client),
    ('diet_roster_csv', diet_csv),
    ('zip_bundle', zip_bundle),
    ('attached_family_eml', attached_family_eml),
    ('bpsd_html_log', bpsd_html),
    ('geriatric_consult', geriatric_consult),
    ('volunteer_pairing', volunteer_resident),
    ('facilities_isolation', facilities_isolation),
    ('staff_roster_1to1', staff_assignment),
    ('subject_only', subject_only),
    ('nam_only', nam_only),
    ('mrn_screening', mrn_only),
    ('curator_inventory', curator_inventory),
    ('family_reply', family_reply),
    ('incident_report', incident_report),
]
