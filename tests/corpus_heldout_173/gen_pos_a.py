"""Positive templates, part A: referrals, visits, equipment, meetings, consults, MAID, grief,
volunteers, census, prescriptions."""
import datetime as dt

import gen_common as C
from gen_tpl import (Spec, csv_att, docx_att, hello, ics_att, nam_block, pair, pdf_att, safe, thanks,
                     text_table, html_table, xlsx_att)

PN, DOB, NAM, MRN, DX, MED, LAB, CONT, SOC = ("patient_name", "date_of_birth", "ramq_nam", "mrn", "diagnosis",
                                               "medication", "lab_result", "patient_contact",
                                               "social_information")


def referral(c):
    liaison = c.staff("nurse")
    guichet = ("Guichet d'accès SAD" if c.fr else "Home care intake", f"guichet.sad@{C.DOM}")
    use_nam = c.chance(0.9)
    p = c.patient(nam=use_nam)
    types = {PN, DX, MED, CONT, SOC}
    if use_nam:
        ident = c.ident_line(p, with_mrn=c.chance(0.4))
        types |= {DOB, NAM}
        if ("mrn", p.mrn) in c.ids:
            types.add(MRN)
    else:
        c.ids.append(("mrn", p.mrn))
        ident = c.t(f"{p.name('upper_last')}, {p.age} ans, dossier {C.fmt_mrn(p.mrn, c.pick(['plain', 'hyphen', 'spaced']))}",
                    f"{p.name('upper_last')}, {p.age} y/o, chart {C.fmt_mrn(p.mrn, c.pick(['plain', 'hyphen', 'spaced']))}")
        types.add(MRN)
    meds = c.meds(c.rng.randint(2, 4))
    soc = c.social(p)
    pps = c.pick(C.PPS)
    if c.fr:
        lines = [ident, f"Adresse : {c.addr(p)}", f"Téléphone : {p.tel}", f"Diagnostic principal : {c.dx(p)}",
                 f"PPS : {pps} — pronostic estimé en semaines", "Médication au congé :"] + \
                [f"  - {m}" for m in meds] + [f"Contexte psychosocial : {soc}",
                                               f"Congé prévu : {c.fday(2)}",
                                               "Besoins : visite infirmière < 48 h, lit électrique, chaise d'aisance, évaluation TS."]
        subj = c.pick([f"Demande de services SAD – soins palliatifs – {p.name('title')}",
                       "Demande de services – soins palliatifs à domicile (URGENT)",
                       f"Réf. SAD palliatif {p.surname.upper()}"])
        intro = "Voici une demande de prise en charge en soins palliatifs à domicile."
    else:
        lines = [ident, f"Address: {c.addr(p)}", f"Phone: {p.tel}", f"Primary diagnosis: {c.dx(p)}",
                 f"PPS: {pps.replace(' ', '')} - prognosis weeks", "Discharge medications:"] + \
                [f"  - {m}" for m in meds] + [f"Psychosocial: {soc}", f"Expected discharge: {c.fday(2)}",
                                               "Needs: nursing visit within 48 h, hospital bed, commode, SW assessment."]
        subj = c.pick([f"Palliative home care referral - {p.name('title', 'en')}",
                       "Referral: palliative home care (urgent)",
                       f"PHC referral {p.surname.upper()}"])
        intro = "Please find below a referral for palliative home care."
    atts = []
    mode = None
    if c.chance(0.35):
        fn = c.t(f"Demande_SAD_{safe(p.surname)}.pdf", f"Referral_{safe(p.surname)}.pdf")
        atts.append(pdf_att(c, fn, c.t("Demande de services - soins palliatifs à domicile", "Palliative home care referral"),
                            lines))
        body = f"{hello(c, generic=True)}\n\n{intro} {c.t('Formulaire en pièce jointe.', 'Form attached.')}\n\n" \
               f"{thanks(c)}\n{c.sig(liaison)}"
    else:
        body = f"{hello(c, generic=True)}\n\n{intro}\n\n" + "\n".join(lines) + f"\n\n{thanks(c)}\n{c.sig(liaison)}"
    return Spec(sender=pair(liaison, c.lang), to=[guichet], subject=subj, text=body, atts=atts, mode=mode,
                types=types, cat="referral", note=c.t("demande de services SAD palliatif", "palliative home care referral"))


def visit_note(c):
    nurse = c.staff(c.pick(["nurse", "nurse_m"]))
    md = c.staff("md")
    p = c.patient(nam=c.chance(0.65))
    sym1, sym2 = c.sample(C.SYMPTOMS, 2)
    med = c.meds(2)
    labs = C.lab_values(c.rng, c.lang)
    with_lab = c.chance(0.5)
    types = {PN, DX, MED}
    style = c.pick(["title", "title_full", "full", "initial", "lower"])
    nm = p.name(style, c.lang)
    ta = f"{c.rng.randint(88, 134)}/{c.rng.randint(50, 82)}"
    if c.fr:
        body = (f"{hello(c, md)}\n\nVisite à domicile ce matin chez {nm} ({c.dx(p)}).\n"
                f"- {sym1[0]}, aussi {sym2[0]}\n- SV : TA {ta}, FC {c.rng.randint(88, 124)}, "
                f"sat {c.rng.randint(84, 95)} %\n- Prend actuellement : {med[0]}; {med[1]}\n")
        if with_lab:
            body += f"- Prélèvement fait lundi : {', '.join(labs)}\n"
        body += nam_block(c, p, types)
        body += (f"\nFamille inquiète, souhaite garder à domicile. Je propose d'augmenter les entredoses; "
                 f"peux-tu me rappeler au {nurse.phone.split(' poste')[0]}?\n\n{c.sig(nurse, short=c.chance(0.5))}")
        subj = c.pick([f"Visite {p.name('title', 'fr')}", "Visite à domicile ce matin - à rappeler",
                       f"Suivi {p.surname} — ajustement analgésie?"])
    else:
        body = (f"{hello(c, md)}\n\nSaw {nm} at home this morning ({c.dx(p)}).\n"
                f"- {sym1[1]}, also {sym2[1]}\n- VS: BP {ta}, HR {c.rng.randint(88, 124)}, "
                f"O2 sat {c.rng.randint(84, 95)}%\n- Currently on: {med[0]}; {med[1]}\n")
        if with_lab:
            body += f"- Bloodwork drawn Monday: {', '.join(labs)}\n"
        body += nam_block(c, p, types)
        body += (f"\nFamily anxious but want to keep care at home. I suggest increasing breakthrough doses - "
                 f"can you call me back?\n\n{c.sig(nurse, short=c.chance(0.5))}")
        subj = c.pick([f"Home visit {p.name('title', 'en')}", "Home visit this AM - please call",
                       f"{p.surname} - pain regimen?"])
    if with_lab:
        types.add(LAB)
    return Spec(sender=pair(nurse, c.lang), to=[pair(md, c.lang)], subject=subj, text=body, types=types,
                cat="visit_note", note=c.t("compte rendu de visite infirmière", "home nursing visit note"))


EQUIP = [("lit électrique 3 positions", "3-position electric hospital bed"),
         ("matelas thérapeutique à air alterné", "alternating-pressure air mattress"),
         ("lève-personne mobile + toile en U taille L", "mobile patient lift + size L U-sling"),
         ("fauteuil roulant inclinable", "tilt wheelchair"), ("chaise d'aisance", "commode"),
         ("concentrateur d'oxygène 5 L", "5 L oxygen concentrator"), ("banc de transfert", "transfer bench"),
         ("table de lit", "overbed table")]


def equipment_loan(c):
    ot = c.staff(c.pick(["ot", "nurse"]))
    tech = ("Prêt d'équipement" if c.fr else "Equipment loans", f"pret.equipement@{C.DOM}")
    use_nam = c.chance(0.85)
    p = c.patient(nam=use_nam, adult=True)
    items = c.sample(EQUIP, c.rng.randint(2, 4))
    items = [x[0 if c.fr else 1] for x in items]
    weight = c.rng.randint(48, 118)
    types = {PN, CONT, DX}
    ident = c.ident_line(p) if use_nam else p.name(c.pick(["title_full", "upper_last", "full"]), c.lang)
    if use_nam:
        types |= {DOB, NAM}
    when = c.fday(c.rng.randint(1, 3))
    if c.fr:
        detail = (f"Usager : {ident}\nAdresse de livraison : {c.addr(p)}\nTéléphone (conjoint) : {p.tel}\n"
                  f"Diagnostic : {c.dx(p)}, poids {weight} kg, transferts impossibles sans aide\n"
                  f"Accès : {c.pick(['escalier extérieur de 12 marches', 'rampe à l avant', 'sous-sol, porte arrière', 'appartement 2e, ascenseur'])}\n"
                  f"Livraison souhaitée : {when}")
        subj = c.pick(["Demande de prêt d'équipement – urgent soins palliatifs", f"Prêt : lit + lève-personne {p.surname}",
                       "Livraison lit électrique demain SVP"])
    else:
        detail = (f"Client: {ident}\nDelivery address: {c.addr(p)}\nPhone (spouse): {p.tel}\n"
                  f"Diagnosis: {c.dx(p)}, weight {weight} kg, unable to transfer without help\n"
                  f"Access: {c.pick(['12 outside steps', 'ramp at front', 'basement, back door', '2nd floor apt, elevator'])}\n"
                  f"Requested delivery: {when}")
        subj = c.pick(["Equipment loan request - palliative, urgent", f"Loan: bed + lift for {p.surname}",
                       "Hospital bed delivery tomorrow please"])
    atts = []
    if c.chance(0.4):
        head = c.t(["Article", "Qté", "Usager", "Adresse", "Diagnostic", "Date livraison"],
                   ["Item", "Qty", "Client", "Address", "Diagnosis", "Delivery date"])
        rows = [[it, 1, p.name("upper_last"), c.addr(p), c.dx(p), when] for it in items]
        atts.append(xlsx_att(c, c.t(f"bon_pret_{safe(p.surname).lower()}.xlsx", f"loan_order_{safe(p.surname).lower()}.xlsx"),
                             [(c.t("Commande", "Order"), [head] + rows)]))
        if use_nam:
            atts[-1] = xlsx_att(c, atts[-1].filename, [(c.t("Commande", "Order"), [head] + rows),
                                                        ("ID", [[c.t("Identification", "Identification"), ident]])])
    body = (f"{hello(c, generic=True)}\n\n" + c.t("Merci de préparer le prêt suivant :", "Please prepare the following loan:") +
            "\n" + "\n".join(f"  • {x}" for x in items) + "\n\n" + detail + f"\n\n{thanks(c)}\n{c.sig(ot)}")
    return Spec(sender=pair(ot, c.lang), to=[tech], subject=subj, text=body, atts=atts, types=types,
                cat="equipment_loan", note=c.t("prêt de lit et lève-personne", "hospital bed and lift loan"))


def family_meeting(c):
    coord = c.staff("coord")
    md = c.staff("md")
    sw = c.staff("sw")
    use_nam = c.chance(0.75)
    p = c.patient(nam=use_nam, adult=True)
    kin = c.kin(p.surname if c.chance(0.5) else None)
    day = c.day(c.rng.randint(2, 6))
    start = dt.datetime(day.year, day.month, day.day, c.pick([10, 13, 14]), 0)
    end = start + dt.timedelta(hours=1)
    types = {PN, DX, CONT, SOC}
    nm = p.name(c.pick(["title", "title_full", "full"]), c.lang)
    soc = c.social(p)
    if c.fr:
        summary = f"Rencontre familiale – {nm}"
        desc = (f"Objet : niveau de soins et lieu de fin de vie pour {nm} ({c.dx(p)}).\n"
                f"Présents : {kin.name('full')} ({c.rel(kin)}), {md.dr('fr')}, "
                f"{sw.given} {sw.surname} (TS).\nPoints : transfert à la Maison La Traversée vs domicile; {soc}.")
        loc = f"Domicile de l'usager – {c.addr(p)}"
    else:
        summary = f"Family meeting - {nm}"
        desc = (f"Goals of care and preferred place of death for {nm} ({c.dx(p)}).\n"
                f"Attending: {kin.name('full')} ({c.rel(kin)}), {md.dr('en')}, "
                f"{sw.given} {sw.surname} (SW).\nItems: hospice transfer vs home; {soc}.")
        loc = f"Client's home - {c.addr(p)}"
    if use_nam:
        desc += "\n" + c.ident_line(p)
        types |= {DOB, NAM}
    ics = ics_att(c, "invite.ics", uid=f"{c.rng.randrange(16 ** 10):010x}@{C.DOM}", start=start, end=end,
                  summary=summary, description=desc, location=loc, organizer=(coord.display(c.lang), coord.email),
                  attendees=[(md.display(c.lang), md.email), (sw.display(c.lang), sw.email)], stamp=c.when)
    body = c.t(f"Bonjour,\n\nJe vous invite à la rencontre familiale prévue {C.fmt_day(day, 'fr')} à {start.hour}h.\n"
               f"Détails dans l'invitation.\n\n{c.sig(coord)}",
               f"Hello,\n\nInvitation for the family meeting on {C.fmt_day(day, 'en')} at {start.hour % 12 or 12}:00.\n"
               f"Details in the invite.\n\n{c.sig(coord)}")
    return Spec(sender=pair(coord, c.lang), to=[pair(md, c.lang), pair(sw, c.lang)], subject=summary, text=body,
                atts=[ics], types=types, cat="family_meeting",
                note=c.t("invitation à une rencontre familiale", "family meeting invitation"))


def symptom_consult(c):
    gp = c.staff(c.pick(["nurse", "md"]))
    pal = c.staff("md")
    use_nam = c.chance(0.9)
    p = c.patient(nam=use_nam)
    types = {PN, DX, MED, LAB}
    labs = C.lab_values(c.rng, c.lang)
    meds = c.meds(3)
    sym = c.symptom()
    bt = c.rng.randint(4, 9)
    head = c.ident_line(p) if use_nam else p.name(c.pick(["upper_last", "title_full", "last_first"]), c.lang)
    if use_nam:
        types |= {DOB, NAM}
    if c.fr:
        body = (f"{hello(c, pal)}\n\nDemande de consultation en gestion des symptômes.\n\n{head}\n"
                f"Dx : {c.dx(p)}\nProblème : {sym}, {bt} entredoses/24 h depuis 3 jours malgré :\n" +
                "\n".join(f"  - {m}" for m in meds) + f"\nBilan d'hier : {' / '.join(labs)}\n\n"
                "Question : rotation d'opioïde? Ajout de méthadone? Patient(e) souhaite rester à domicile.\n\n"
                f"{thanks(c)}\n{c.sig(gp)}")
        subj = c.pick(["Consultation gestion des symptômes", f"Consult symptômes – {p.surname}",
                       "Demande de consult – douleur réfractaire"])
    else:
        body = (f"{hello(c, pal)}\n\nRequesting a symptom management consult.\n\n{head}\n"
                f"Dx: {c.dx(p)}\nIssue: {sym}, {bt} breakthrough doses/24h for 3 days despite:\n" +
                "\n".join(f"  - {m}" for m in meds) + f"\nYesterday's labs: {' / '.join(labs)}\n\n"
                "Question: opioid rotation? Add methadone? Wishes to remain at home.\n\n"
                f"{thanks(c)}\n{c.sig(gp)}")
        subj = c.pick(["Symptom management consult", f"Consult request - {p.surname}", "Consult - refractory pain"])
    return Spec(sender=pair(gp, c.lang), to=[pair(pal, c.lang)], subject=subj, text=body, types=types,
                cat="symptom_consult", note=c.t("demande de consultation symptômes", "symptom management consult request"))


def maid(c):
    coord = c.staff("coord")
    md2 = c.staff("md")
    md1 = c.staff("md")
    ph = c.pick(C.PHARMAS)
    p = c.patient(nam=True, adult=True)
    types = {PN, DOB, NAM, DX, MED, CONT}
    day = c.day(c.rng.randint(5, 12))
    ident = c.ident_line(p)
    if c.fr:
        body = (f"Bonjour,\n\nSuivi de la demande d'aide médicale à mourir (AMM) :\n\n{ident}\n"
                f"Diagnostic : {c.dx(p)}\nDemande signée le {c.fday(-6, 1)} devant deux témoins indépendants.\n"
                f"1re évaluation : {md1.dr('fr')} — critères remplis.\n2e évaluation demandée à {md2.dr('fr')}, "
                f"à domicile ({c.addr(p)}), tél. {p.tel}.\nDate d'administration souhaitée : {C.fmt_day(day, 'fr')} à {c.hour()}.\n"
                f"Pharmacie ({ph[0]}) : préparer la trousse AMM (midazolam, propofol, rocuronium) + trousse de réserve.\n\n"
                "Merci de garder ces informations strictement confidentielles.\n\n" + c.sig(coord))
        subj = c.pick(["AMM – 2e évaluation à planifier", f"AMM {p.surname.upper()} – coordination",
                       "Coordination AMM – domicile"])
    else:
        body = (f"Hello,\n\nUpdate on the medical assistance in dying (MAID) request:\n\n{ident}\n"
                f"Diagnosis: {c.dx(p)}\nRequest signed on {c.fday(-6, 1)} before two independent witnesses.\n"
                f"First assessment: {md1.dr('en')} - eligible.\nSecond assessment requested from {md2.dr('en')}, "
                f"at home ({c.addr(p)}), phone {p.tel}.\nPlanned provision: {C.fmt_day(day, 'en')} at {c.hour()}.\n"
                f"Pharmacy ({ph[0]}): please prepare the MAID kit (midazolam, propofol, rocuronium) + backup kit.\n\n"
                "Please keep this strictly confidential.\n\n" + c.sig(coord))
        subj = c.pick(["MAID - second assessment to schedule", f"MAID {p.surname.upper()} - coordination",
                       "MAID coordination - home"])
    atts = []
    if c.chance(0.4):
        fn = c.t(f"AMM_{safe(p.surname)}_{safe(p.given)}_evaluation.pdf", f"MAID_{safe(p.surname)}_assessment.pdf")
        atts.append(pdf_att(c, fn, c.t("Avis du médecin - aide médicale à mourir", "Practitioner assessment - MAID"),
                            [ident, c.t(f"Diagnostic : {c.dx(p)}", f"Diagnosis: {c.dx(p)}"),
                             c.t("Souffrances physiques et psychiques constantes et insupportables.",
                                 "Enduring and intolerable physical and psychological suffering."),
                             c.t("Apte à consentir.", "Capable of consenting.")]))
    return Spec(sender=pair(coord, c.lang), to=[pair(md2, c.lang)], cc=[(ph[0], f"labo@{ph[1]}")], subject=subj,
                text=body, atts=atts, types=types, cat="maid_coordination",
                note=c.t("coordination d'une AMM à domicile", "MAID coordination at home"))


def bereavement(c):
    gr = c.staff("grief")
    coord = c.staff("coord")
    n = c.rng.randint(3, 6)
    rows = []
    types = {PN, DX, CONT, SOC}
    first_nam = c.chance(0.65)
    for i in range(n):
        p = c.patient(nam=first_nam and i == 0, adult=True)
        kin = c.kin(p.surname if c.chance(0.4) else None)
        d = c.day(-c.rng.randint(25, 45))
        rel = c.rel(kin)
        risk = c.pick(["isolement, aucun réseau", "antécédents de dépression", "deuil multiple cette année",
                       "difficultés financières", "RAS"]) if c.fr else \
            c.pick(["isolated, no support network", "history of depression", "multiple losses this year",
                    "financial hardship", "nil"])
        who = p.name("upper_last")
        if p.nam:
            who += f" ({p.sex}) {c.t('DDN', 'DOB')} {p.dob.isoformat()} {c.t('NAM', 'RAMQ')} {C.fmt_nam(p.nam, c.pick(['plain', 'spaced']))}"
            types |= {DOB, NAM}
        rows.append([who, d.isoformat(), c.dx(p), kin.name("full"), rel, c.phone(), risk])
    head = c.t(["Défunt(e)", "Date décès", "Diagnostic", "Personne endeuillée", "Lien", "Téléphone", "Facteurs de risque"],
               ["Deceased", "Date of death", "Diagnosis", "Bereaved", "Relation", "Phone", "Risk factors"])
    atts = []
    if c.chance(0.5):
        atts.append(csv_att(c, c.t("suivi_deuil_1mois.csv", "bereavement_calls_1month.csv"), [head] + rows,
                            sep=c.pick([";", ","])))
        body = c.t(f"Bonjour {coord.given},\n\nVoici la liste des familles à appeler pour le suivi de deuil à 1 mois "
                   f"(fichier joint). J'ai noté les facteurs de risque.\n\n{c.sig(gr)}",
                   f"Hi {coord.given},\n\nAttached is the list of families for the 1-month bereavement call. "
                   f"Risk factors noted.\n\n{c.sig(gr)}")
        html = None
    else:
        body = c.t("Bonjour,\n\nListe des appels de suivi de deuil cette semaine :\n\n",
                   "Hello,\n\nBereavement follow-up calls this week:\n\n") + text_table(head, rows) + "\n\n" + c.sig(gr)
        html = html_table(head, rows, c.t("Liste des appels de suivi de deuil cette semaine :",
                                           "Bereavement follow-up calls this week:"), c.sig(gr)) if c.chance(0.6) else None
    return Spec(sender=pair(gr, c.lang), to=[pair(coord, c.lang)], subject=c.t("Suivi de deuil – appels à 1 mois",
                                                                               "Bereavement follow-up - 1 month calls"),
                text=body, html=html, atts=atts, types=types, cat="bereavement",
                note=c.t("liste de suivi de deuil", "bereavement follow-up list"))


def volunteer_visit(c):
    vc = c.staff("vol")
    vol = c.kin()
    vol_addr = f"{C.ascii_fold(vol.given).lower()}.{C.ascii_fold(vol.surname).lower().replace(chr(39), '')}@courriel.example"
    p = c.patient(adult=True)
    types = {PN, DX, CONT, SOC}
    soc = c.social(p)
    hob = c.pick(["le jardinage", "le hockey", "les mots croisés", "la musique country", "la pêche"]) if c.fr else \
        c.pick(["gardening", "hockey", "crosswords", "country music", "fishing"])
    style = c.pick(["title_full", "title", "full", "given"])
    nm = p.name(style, c.lang)
    if c.fr:
        body = (f"Bonjour {vol.given},\n\nMerci d'accepter ce nouveau jumelage! Vous accompagnerez {nm}, {p.age} ans, "
                f"suivi(e) par notre équipe pour {c.dx(p)}.\nAdresse : {c.addr(p)} — sonnez à la porte de côté.\n"
                f"Téléphone : {p.tel}\nContexte : {soc}. Aime {hob}.\n"
                f"Visites proposées : les mardis de 13 h à 15 h, à partir du {c.fday(5, 1)}.\n"
                "Rappel : aucun soin physique, et on ne parle pas du dossier à l'extérieur de l'équipe.\n\n"
                f"{c.sig(vc)}")
        subj = c.pick(["Nouveau jumelage – accompagnement à domicile", f"Jumelage {p.name('title', 'fr')}"])
    else:
        body = (f"Hi {vol.given},\n\nThank you for taking on this new match! You will be visiting {nm}, {p.age}, "
                f"followed by our team for {c.dx(p)}.\nAddress: {c.addr(p)} - use the side door.\n"
                f"Phone: {p.tel}\nBackground: {soc}. Enjoys {hob}.\n"
                f"Proposed visits: Tuesdays 1-3 p.m., starting {c.fday(5, 1)}.\n"
                "Reminder: no hands-on care, and nothing about the file is discussed outside the team.\n\n"
                f"{c.sig(vc)}")
        subj = c.pick(["New volunteer match - home visits", f"Match: {p.name('title', 'en')}"])
    return Spec(sender=pair(vc, c.lang), to=[(vol.name("full"), vol_addr)], subject=subj, text=body, types=types,
                cat="volunteer_visit", note=c.t("jumelage bénévole avec un usager", "volunteer matched with a client"))


def census(c):
    coord = c.staff("coord")
    team = [c.staff("nurse") for _ in range(2)]
    n = c.rng.randint(5, 9)
    rows = []
    types = {PN, DX}
    nam_row = c.chance(0.75)
    for i in range(n):
        if nam_row and i == 0:
            p = c.patient(nam=True)
            name = f"{p.surname.upper()}, {p.given}"
            extra = f"{p.dob.isoformat()} ({p.sex}) {C.fmt_nam(p.nam, c.pick(['plain', 'spaced']))}"
            types |= {DOB, NAM}
        else:
            p = c.patient()
            name = p.name(c.pick(["upper_last", "last_first", "initial"]))
            extra = ""
        rows.append([c.pick(["Nord", "Sud", "Lac", "Centre"]) if c.fr else c.pick(["North", "South", "Lake", "Centre"]),
                     name, extra or str(p.age), c.dx(p), c.pick(C.PPS).replace(" ", ""),
                     c.pick(["DNR", "soins de confort", "C", "B"]) if c.fr else c.pick(["DNR", "comfort", "C", "B"]),
                     c.pick(team).given])
    head = c.t(["Secteur", "Usager", "Âge / ID", "Diagnostic", "PPS", "NIM", "Inf."],
               ["Sector", "Client", "Age / ID", "Diagnosis", "PPS", "Level of care", "RN"])
    fmt = c.pick(["xlsx", "html", "text", "csv"])
    atts, html = [], None
    intro = c.t("Liste des usagers actifs en soins palliatifs à domicile – semaine du " + c.fday(0, 1),
                "Active palliative home care caseload - week of " + c.fday(0, 1))
    if fmt == "xlsx":
        atts.append(xlsx_att(c, c.t("usagers_actifs_SAD_palliatif.xlsx", "active_caseload_palliative.xlsx"),
                             [(c.t("Actifs", "Active"), [head] + rows)]))
        body = intro + c.t("\n\nVoir fichier joint.\n\n", "\n\nSee attached.\n\n") + c.sig(coord)
    elif fmt == "csv":
        atts.append(csv_att(c, c.t("actifs.csv", "caseload.csv"), [head] + rows))
        body = intro + c.t("\n\nFichier CSV ci-joint pour la rencontre interdisciplinaire.\n\n",
                           "\n\nCSV attached for IDT rounds.\n\n") + c.sig(coord)
    elif fmt == "html":
        html = html_table(head, rows, intro, c.sig(coord))
        body = None
    else:
        body = intro + "\n\n" + text_table(head, rows) + "\n\n" + c.sig(coord)
    return Spec(sender=pair(coord, c.lang), to=[pair(t, c.lang) for t in team],
                subject=c.t("Liste des actifs – soins palliatifs SAD", "Active caseload - palliative home care"),
                text=body, html=html, atts=atts, mode=("html" if fmt == "html" and c.chance(0.5) else None),
                types=types, cat="census", note=c.t("liste des usagers actifs", "active caseload list"))


def rx_pharmacy(c):
    md = c.staff("md")
    ph = c.pick(C.PHARMAS)
    use_nam = c.chance(0.9)
    p = c.patient(nam=use_nam)
    types = {PN, MED, CONT}
    ident = c.ident_line(p) if use_nam else f"{p.name('upper_last')} — {c.t('DDN', 'DOB')} {c.dob_str(p)}"
    types |= {DOB} | ({NAM} if use_nam else set())
    rx = c.sample(C.MEDS, 4)
    allergy = c.pick(["codéine (nausées)", "sulfa", "aucune connue", "pénicilline"]) if c.fr else \
        c.pick(["codeine (nausea)", "sulfa", "NKDA", "penicillin"])
    if c.fr:
        lines = [ident, f"Adresse de livraison : {c.addr(p)} — tél. {p.tel}", f"Allergies : {allergy}",
                 "Ordonnance (trousse de détresse / fin de vie) :"] + [f"  {i + 1}. {m[0]}" for i, m in enumerate(rx)] + \
                ["Quantité : 7 jours, renouvelable x2. Seringues et papillons SC fournis par le CLSC.",
                 f"{md.dr('fr')} — permis {c.rng.randint(10000, 99999)}"]
        subj = c.pick(["Ordonnance – trousse de fin de vie", f"Rx {p.surname} - livraison aujourd'hui SVP", "Ordonnance SC"])
        intro = "Bonjour,\n\nVoici l'ordonnance pour livraison aujourd'hui si possible."
    else:
        lines = [ident, f"Deliver to: {c.addr(p)} - tel {p.tel}", f"Allergies: {allergy}",
                 "Prescription (end-of-life comfort kit):"] + [f"  {i + 1}. {m[1]}" for i, m in enumerate(rx)] + \
                ["Qty: 7 days, refill x2. Syringes and SC butterflies supplied by CLSC.",
                 f"{md.dr('en')} - licence {c.rng.randint(10000, 99999)}"]
        subj = c.pick(["Prescription - end-of-life kit", f"Rx {p.surname} - please deliver today", "SC prescription"])
        intro = "Hello,\n\nPrescription below for delivery today if possible."
    atts = []
    if c.chance(0.4):
        atts.append(pdf_att(c, c.t("ordonnance.pdf", "prescription.pdf"), c.t("Ordonnance", "Prescription"), lines))
        body = intro + c.t(" Ordonnance signée en pièce jointe.\n\n", " Signed prescription attached.\n\n") + c.sig(md)
    else:
        body = intro + "\n\n" + "\n".join(lines) + "\n\n" + c.sig(md)
    return Spec(sender=pair(md, c.lang), to=[(ph[0], f"ordonnances@{ph[1]}")], subject=subj, text=body, atts=atts,
                types=types, cat="rx_pharmacy", note=c.t("ordonnance à la pharmacie", "prescription to pharmacy"))


TEMPLATES = [referral, visit_note, equipment_loan, family_meeting, symptom_consult, maid, bereavement,
             volunteer_visit, census, rx_pharmacy]
