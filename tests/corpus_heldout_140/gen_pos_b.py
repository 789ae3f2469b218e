"""Positive messages, part B: equipment, transport, calendar, vCard, wounds, palliative, paediatrics."""
import datetime

from gen_attach import make_ics, make_pdf, make_vcf, make_docx
from gen_common import ORG, PARTNERS, Att, fmt_dob, name_style, signature, greet
from gen_pos_a import addr_line, id_lines, use_patient
from gen_tpl import (datestr, dx, earlier, fileslug, later_day, med, new, partner, sal, who)


def pr(ctx, p):
    f = p["sex"] == "F"
    if ctx.lang == "fr":
        return {"il": "elle" if f else "il", "Il": "Elle" if f else "Il", "e": "e" if f else "",
                "le": "la" if f else "le"}
    return {"il": "she" if f else "he", "Il": "She" if f else "He", "his": "her" if f else "his",
            "him": "her" if f else "him", "His": "Her" if f else "His"}


# --------------------------------------------------------------------------
# equipment loan / purchase for a client
# --------------------------------------------------------------------------

def p_equipment(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.6))
    m = new(ctx, "pos", "equipment_request", "equipment delivery request for a client")
    ot = ctx.staff(ctx.pick(["gendron", "mendes", "picard"]))
    m.sender = who(ot)
    m.to = [partner("equip", "commandes")] if ctx.chance(0.5) else [partner("equip", "livraison", "Service de livraison")]
    m.types |= {"diagnosis", "patient_contact"}
    dxk = ctx.pick(["als", "ms", "pd", "cva", "para", "hip"])
    weight = ctx.rng.randrange(48, 131)
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.6))
    d = later_day(ctx, 2, 8)
    if fr:
        items = ctx.sample(["lit électrique 3 fonctions avec ridelles", "lève-personne sur rail au plafond",
                            "fauteuil roulant à bascule", "chaise d'aisance", "banc de transfert pour baignoire",
                            "matelas thérapeutique à air alterné"], 2)
        lines = [greet(ctx), "",
                 "Demande de livraison d'équipement (programme de prêt) :", *ids,
                 addr_line(ctx, m, p),
                 f"Condition : {dx(ctx, dxk)}, poids {weight} kg, transferts avec aide de 2 personnes.",
                 "Équipement : " + "; ".join(items),
                 f"Livraison souhaitée : {datestr(ctx, d)} en avant-midi. Accès par la porte arrière, 4 marches.",
                 "Contact sur place : conjoint (même numéro).", "", sal(ctx), "", signature(ctx, ot)]
        m.subject = ctx.pick(["Demande de livraison — prêt d'équipement",
                              f"Équipement pour {name_style(ctx, p, 'title_sur')}", "Commande lit + lève-personne"])
    else:
        items = ctx.sample(["3-function electric bed with rails", "ceiling-track patient lift",
                            "tilt-in-space wheelchair", "bedside commode", "tub transfer bench",
                            "alternating-pressure air mattress"], 2)
        lines = [greet(ctx), "",
                 "Equipment delivery request (loan programme):", *ids,
                 addr_line(ctx, m, p),
                 f"Condition: {dx(ctx, dxk)}, weight {weight} kg, two-person transfers.",
                 "Equipment: " + "; ".join(items),
                 f"Requested delivery: {datestr(ctx, d)}, morning. Back door entrance, 4 steps.",
                 "On-site contact: spouse (same number).", "", sal(ctx), "", signature(ctx, ot)]
        m.subject = ctx.pick(["Delivery request - equipment loan", f"Equipment for {name_style(ctx, p, 'title_sur')}",
                              "Order: bed + lift"])
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# adapted transport to dialysis / chemo / radiotherapy
# --------------------------------------------------------------------------

def p_transport(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.3))
    m = new(ctx, "pos", "transport_request", "adapted transport request for treatments")
    coord = ctx.staff(ctx.pick(["hamelin", "vezina", "dionne"]))
    m.sender, m.to = who(coord), [partner("ta", "reservations")]
    m.types |= {"patient_contact", "diagnosis"}
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.4))
    kind = ctx.pick(["dialyse", "radiothérapie", "chimiothérapie"]) if fr else ctx.pick(["dialysis", "radiation therapy", "chemotherapy"])
    start = later_day(ctx, 3, 10, hour=7)
    days = ctx.pick(["lun-mer-ven", "mar-jeu-sam"]) if fr else ctx.pick(["Mon-Wed-Fri", "Tue-Thu-Sat"])
    if fr:
        lines = [greet(ctx), "",
                 f"Nouvelle demande de transport adapté pour des traitements de {kind} :", *ids,
                 addr_line(ctx, m, p),
                 f"Rendez-vous : {days}, départ {start:%H:%M}, centre de {kind} de l'{ORG['hosp']} (pavillon B), "
                 f"retour vers 12:30, à compter du {datestr(ctx, start)}.",
                 f"Mobilité : fauteuil roulant non motorisé, ne peut pas monter dans une auto. {dx(ctx, 'ckd') if 'dial' in kind else dx(ctx, 'lung')}.",
                 "Accompagnateur : non.", "", sal(ctx), "", signature(ctx, coord)]
        m.subject = ctx.pick([f"Transport adapté — {kind}", f"Demande transport {name_style(ctx, p, 'upper_comma')}",
                              "Réservation transport récurrent"])
    else:
        lines = [greet(ctx), "",
                 f"New adapted transport request for {kind}:", *ids,
                 addr_line(ctx, m, p),
                 f"Appointments: {days}, pick-up {start:%H:%M}, {kind} unit, {ORG['hosp_en']} (wing B), "
                 f"return around 12:30, starting {datestr(ctx, start)}.",
                 f"Mobility: manual wheelchair, cannot get into a car. {dx(ctx, 'ckd') if 'dial' in kind else dx(ctx, 'lung')}.",
                 "Escort: no.", "", sal(ctx), "", signature(ctx, coord)]
        m.subject = ctx.pick([f"Adapted transport - {kind}", f"Transport request {name_style(ctx, p, 'upper_comma')}",
                              "Recurring transport booking"])
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# ICS: home visit appointment
# --------------------------------------------------------------------------

def p_ics(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]))
    m = new(ctx, "pos", "visit_invite", "calendar invite for a home visit")
    a = ctx.staff(ctx.pick(["benali", "leduc", "vezina"]))
    b = ctx.staff(ctx.pick(["gendron", "mendes", "picard", "dionne", "oneill", "raman"]))
    m.sender, m.to = who(a), [who(b)]
    use_patient(m, p)
    m.types |= {"patient_contact", "diagnosis"}
    start = later_day(ctx, 1, 9)
    end = start + datetime.timedelta(minutes=60)
    nm = name_style(ctx, p, ctx.pick(["title", "upper_comma", "sur_given"]))
    if fr:
        summ = f"Visite conjointe — {nm}"
        desc = (f"Évaluation conjointe infirmière/ergo. {dx(ctx, ctx.pick(['pd', 'ms', 'cva']))}, chutes répétées. "
                f"Tél. domicile {p['phone']}. Stationner dans la rue.")
        body = [greet(ctx, b["given"]), "", f"Je t'envoie l'invitation pour la visite conjointe du {datestr(ctx, start)}.",
                "", sal(ctx), "", signature(ctx, a)]
        m.subject = ctx.pick([f"Invitation : {summ}", "Visite conjointe à domicile", f"Invitation: visite {datestr(ctx, start)}"])
    else:
        summ = f"Joint home visit - {nm}"
        desc = (f"Joint nursing/OT assessment. {dx(ctx, ctx.pick(['pd', 'ms', 'cva']))}, recurrent falls. "
                f"Home phone {p['phone']}. Park on the street.")
        body = [greet(ctx, b["given"]), "", f"Sending the invite for the joint visit on {datestr(ctx, start)}.",
                "", sal(ctx), "", signature(ctx, a)]
        m.subject = ctx.pick([f"Invitation: {summ}", "Joint home visit", f"Invite: visit {datestr(ctx, start)}"])
    ics = make_ics(f"{ctx.key}-{start:%Y%m%d}@{ORG['dom']}", start, end, summ, p["addr"]["full"], desc,
                   (a["name"], a["email"]), [(b["name"], b["email"])])
    m.atts.append(Att("invite.ics", "ics", ics))
    m.text = "\n".join(body)
    return m


# --------------------------------------------------------------------------
# vCard of a new client
# --------------------------------------------------------------------------

def p_vcard(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=False)
    m = new(ctx, "pos", "client_contact", "vCard of a new client for the sector team")
    a = ctx.staff(ctx.pick(["st_onge", "vezina", "benali"]))
    b = ctx.staff(ctx.pick(["lachance", "kim", "boisvert", "caouette", "rahimi"]))
    m.sender, m.to = who(a), [who(b)]
    use_patient(m, p)
    m.types |= {"patient_contact", "diagnosis"}
    bday = ctx.chance(0.5)
    if bday:
        m.types.add("date_of_birth")
    if fr:
        note = (f"Cliente SAD secteur 3. {dx(ctx, ctx.pick(['copd', 'hf', 'ncd']))}. "
                "Boîte à clé côté garage. Fille à contacter en premier.")
        m.text = "\n".join([greet(ctx, b["given"]), "",
                            "Ci-joint la fiche contact de la nouvelle cliente. Première visite à planifier cette semaine.",
                            "", sal(ctx), "", signature(ctx, a)])
        m.subject = ctx.pick(["Fiche contact nouvelle cliente", "Nouveau client secteur 3", "Coordonnées"])
    else:
        note = (f"Home care client, sector 3. {dx(ctx, ctx.pick(['copd', 'hf', 'ncd']))}. "
                "Key box by the garage. Call the daughter first.")
        m.text = "\n".join([greet(ctx, b["given"]), "",
                            "Attached is the contact card for the new client. First visit to be booked this week.",
                            "", sal(ctx), "", signature(ctx, a)])
        m.subject = ctx.pick(["Contact card - new client", "New client sector 3", "Contact info"])
    vc = make_vcf(p["given"], p["surname"], tels=[("HOME", p["phone"]), ("CELL", ctx.phone("514"))],
                  adr=p["addr"], note=note, bday=p["dob"].isoformat() if bday else None)
    fn = ctx.pick([f"{fileslug(p['full'])}.vcf", "contact.vcf", f"{p['surname']}_{p['given']}.vcf"])
    m.atts.append(Att(fn, "vcf", vc))
    return m


# --------------------------------------------------------------------------
# name only in the attachment / its file name
# --------------------------------------------------------------------------

def p_attname(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.5))
    m = new(ctx, "pos", "attachment_only", "clinical document attached, patient named only in the attachment")
    a = ctx.staff(ctx.pick(["lachance", "kim", "gendron", "picard"]))
    b = ctx.phys(ctx.pick(["sirois", "kassab", "bellavance"]))
    m.sender, m.to = who(a), [(b["full"], b["email"])]
    m.types |= {"diagnosis"}
    use_patient(m, p)
    kind = ctx.pick(["pdf", "docx"])
    fn = ctx.pick([f"Evaluation_{p['surname'].upper()}_{p['given']}.{kind}",
                   f"{p['surname']}, {p['given']} - évaluation à domicile.{kind}" if fr
                   else f"{p['surname']}, {p['given']} - home assessment.{kind}",
                   f"éval_{fileslug(p['surname'])}_{p['given'][0]}.{kind}"])
    lines = []
    if p.get("nam") or ctx.chance(0.5):
        m.names.pop()
        lines = id_lines(ctx, m, p, dob=True)
    if fr:
        lines += ["## Évaluation à domicile — ergothérapie/soins infirmiers",
                  f"Diagnostics connus : {dx(ctx, 'pd')}, {dx(ctx, 'af')}.",
                  "Mobilité : marchette à 4 roues, Timed Up and Go 24 s, 2 chutes dans le dernier mois.",
                  "Cognition : MoCA 19/30.",
                  "Recommandations : barres d'appui, banc de bain, réévaluation de la médication sédative."]
        m.subject = ctx.pick(["Évaluation à domicile", "Rapport d'évaluation", "Pour votre dossier"])
        m.text = "\n".join([f"Bonjour {b['title']} {b['surname']},", "",
                            f"Vous trouverez ci-joint notre évaluation de la semaine dernière pour votre patient{pr(ctx, p)['e']}.",
                            "", sal(ctx), "", signature(ctx, a)])
    else:
        lines += ["## Home assessment - OT/nursing",
                  f"Known diagnoses: {dx(ctx, 'pd')}, {dx(ctx, 'af')}.",
                  "Mobility: 4-wheel walker, Timed Up and Go 24 s, 2 falls in the past month.",
                  "Cognition: MoCA 19/30.",
                  "Recommendations: grab bars, bath bench, review of sedating medication."]
        m.subject = ctx.pick(["Home assessment", "Assessment report", "For your file"])
        m.text = "\n".join([f"Dear {b['title']} {b['surname']},", "",
                            "Please find attached last week's assessment for your patient.",
                            "", sal(ctx), "", signature(ctx, a)])
    m.types.add("lab_result")  # MoCA / TUG test scores
    title = "Évaluation à domicile" if fr else "Home assessment"
    data = make_pdf(title, lines) if kind == "pdf" else make_docx(title, lines, author=a["name"])
    m.atts.append(Att(fn, kind, data))
    return m


# --------------------------------------------------------------------------
# wound care consult
# --------------------------------------------------------------------------

def p_wound(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.4))
    m = new(ctx, "pos", "wound_consult", "wound care consult request")
    a = ctx.staff(ctx.pick(["boisvert", "lachance", "kim"]))
    b = ctx.staff(ctx.pick(["leduc", "raman"]))
    m.sender, m.to = who(a), [who(b)]
    m.types |= {"diagnosis", "medication"}
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.4), mrn=ctx.chance(0.4), style=ctx.pick(["upper_comma", "title", "lower"]))
    size = f"{ctx.rng.randrange(2, 7)} x {ctx.rng.randrange(1, 5)} cm"
    if fr:
        lines = [greet(ctx, b["given"]), "", "J'aimerais ton avis (ou celui de la stomo) pour cette plaie :", *ids,
                 f"Lésion de pression stade 3 au sacrum, {size}, profondeur 0,5 cm, 30 % de fibrine, exsudat modéré, odeur.",
                 f"Pansement actuel : Aquacel Ag + Mepilex Border q3 jours. {dx(ctx, 'dm2')}, HbA1c 9,1 % en mars.",
                 f"Sous {med(ctx, 'glar')} et {med(ctx, 'metf')}. Afébrile.",
                 "Photos prises avec la tablette (dossier clinique). Matelas à air commandé.", "", sal(ctx), "",
                 signature(ctx, a)]
        m.subject = ctx.pick(["Avis plaie sacrum", "Consultation soins de plaies", f"Plaie — {name_style(ctx, p, 'initial')}"])
    else:
        lines = [greet(ctx, b["given"]), "", "I'd like your opinion (or the wound nurse's) on this wound:", *ids,
                 f"Stage 3 pressure injury, sacrum, {size}, depth 0.5 cm, 30% slough, moderate exudate, odour.",
                 f"Current dressing: Aquacel Ag + Mepilex Border q3 days. {dx(ctx, 'dm2')}, HbA1c 9.1% in March.",
                 f"On {med(ctx, 'glar')} and {med(ctx, 'metf')}. Afebrile.",
                 "Photos taken with the tablet (in the chart). Air mattress ordered.", "", sal(ctx), "",
                 signature(ctx, a)]
        m.subject = ctx.pick(["Sacral wound - advice", "Wound care consult", f"Wound - {name_style(ctx, p, 'initial')}"])
    m.types.add("lab_result")
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# palliative care at home
# --------------------------------------------------------------------------

def p_palliative(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.5))
    m = new(ctx, "pos", "palliative", "palliative home care update to physician")
    a = ctx.staff(ctx.pick(["lachance", "rahimi", "kim"]))
    doc = ctx.phys("vanier")
    m.sender, m.to = who(a), [(doc["full"], doc["email"])]
    m.types |= {"diagnosis", "medication", "social_information"}
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.5))
    x = pr(ctx, p)
    if fr:
        lines = [f"Bonjour {doc['title']} {doc['surname']},", "", "Mise à jour après ma visite de ce matin :", *ids,
                 f"{dx(ctx, ctx.pick(['panc', 'lung']))}, PPS 30 %. Douleur 7/10 malgré {med(ctx, 'hydro')} — "
                 "a eu 5 entredoses dans les dernières 24 h.",
                 f"Agitation en soirée, {med(ctx, 'mida')} donné x 2 par la famille.",
                 f"{x['Il']} souhaite toujours décéder à domicile. Le fils aîné n'est pas d'accord et parle de l'urgence; "
                 "tension importante dans la famille, la TS est impliquée.",
                 "Pouvez-vous réviser l'ordonnance (hydromorphone régulière q4h + pompe) et signer le niveau de soins D ?",
                 "", sal(ctx), "", signature(ctx, a)]
        m.subject = ctx.pick(["Soins palliatifs — ajustement analgésie", f"{name_style(ctx, p, 'title_sur')} — douleur",
                              "Suivi palliatif à domicile"])
    else:
        lines = [f"Dear {doc['title']} {doc['surname']},", "", "Update after this morning's visit:", *ids,
                 f"{dx(ctx, ctx.pick(['panc', 'lung']))}, PPS 30%. Pain 7/10 despite {med(ctx, 'hydro')} - "
                 "5 breakthrough doses in the last 24 h.",
                 f"Evening agitation, family gave {med(ctx, 'mida')} twice.",
                 f"{x['Il']} still wishes to die at home. The eldest son disagrees and talks about the ER; "
                 "significant family tension, the social worker is involved.",
                 "Could you review the order (scheduled hydromorphone q4h + pump) and sign level of care D?",
                 "", sal(ctx), "", signature(ctx, a)]
        m.subject = ctx.pick(["Palliative - pain adjustment", f"{name_style(ctx, p, 'title_sur')} - pain",
                              "Home palliative follow-up"])
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# paediatric home care (holders born 2007+)
# --------------------------------------------------------------------------

def p_peds(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("peds", nam=ctx.chance(0.8))
    m = new(ctx, "pos", "paediatric", "paediatric home care coordination")
    a = ctx.staff(ctx.pick(["ibrahim", "lachance", "oneill", "dionne"]))
    doc = ctx.phys("leung")
    m.sender, m.to = who(a), [(doc["full"], doc["email"])]
    m.cc = [who(ctx.staff("lemay"))] if ctx.chance(0.5) else []
    m.types |= {"diagnosis", "medication", "social_information"}
    ids = id_lines(ctx, m, p, dob=True, style="full")
    dpj = ctx.chance(0.5)
    if fr:
        lines = [f"Bonjour {doc['title']} {doc['surname']},", "", *ids,
                 ctx.pick(["Paralysie cérébrale avec gastrostomie, Peptamen 1,5 à 60 ml/h la nuit, baclofène 10 mg TID.",
                           "Trachéostomie depuis 2022, ventilation nocturne, aspirations 6-8x/jour, salbutamol 2 inh QID.",
                           "Épilepsie réfractaire, sous lévétiracétam 250 mg BID et clobazam 5 mg HS."]),
                 "Les heures de répit (chèque emploi-service) sont épuisées pour le mois; la mère a perdu son emploi.",
                 ("Un signalement à la DPJ a été retenu la semaine dernière (négligence); l'intervenante de la DPJ "
                  "souhaite une rencontre avec l'équipe SAD." if dpj else
                  "La famille vit dans un 4 ½ insalubre (moisissures), demande de logement social en cours."),
                 "", "Pourriez-vous appuyer la demande d'heures supplémentaires au CISSS ?", "", sal(ctx), "",
                 signature(ctx, a)]
        m.subject = ctx.pick(["Suivi pédiatrique SAD", f"{p['given']} {p['surname'][0]}. — demande d'heures",
                              "Enfant à domicile — situation familiale"])
    else:
        lines = [f"Dear {doc['title']} {doc['surname']},", "", *ids,
                 ctx.pick(["Cerebral palsy with G-tube, Peptamen 1.5 at 60 mL/h overnight, baclofen 10 mg TID.",
                           "Tracheostomy since 2022, night-time ventilation, suctioning 6-8x/day, salbutamol 2 puffs QID.",
                           "Refractory epilepsy on levetiracetam 250 mg BID and clobazam 5 mg HS."]),
                 "Respite hours (self-managed allowance) are used up for the month; the mother just lost her job.",
                 ("A youth protection (DPJ) report was retained last week (neglect); the DPJ worker would like "
                  "to meet the home care team." if dpj else
                  "The family lives in a mouldy apartment, social housing application in progress."),
                 "", "Would you support the request for additional hours?", "", sal(ctx), "", signature(ctx, a)]
        m.subject = ctx.pick(["Paediatric home care follow-up", f"{p['given']} {p['surname'][0]}. - extra hours",
                              "Child at home - family situation"])
    m.text = "\n".join(lines)
    return m
