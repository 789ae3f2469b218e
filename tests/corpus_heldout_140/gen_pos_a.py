"""Positive messages, part A: referrals, visit rounds, INR, falls, caregivers, pill packs."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import (ORG, Att, fmt_dob, fmt_mrn, fmt_nam, name_style, signature, greet)
from gen_tpl import (dx, earlier, fileslug, forwarded, later_day, med, new, partner, quoted,
                     sal, sexword, tr, who, datestr)


# --------------------------------------------------------------------------
# identity helpers
# --------------------------------------------------------------------------

def pron(ctx, p):
    f = p["sex"] == "F"
    if ctx.lang == "fr":
        return {"il": "elle" if f else "il", "Il": "Elle" if f else "Il", "e": "e" if f else ""}
    return {"il": "she" if f else "he", "Il": "She" if f else "He", "his": "her" if f else "his"}


def use_patient(m, p):
    m.types.add("patient_name")
    m.names.append(p["full"])
    if p.get("nam"):
        m.nams.append(p)


def id_lines(ctx, m, p, dob=True, nam=True, mrn=False, sex=None, style=None, label=True):
    """Identification lines. A NAM always travels with name, birth date and sex."""
    fr = ctx.lang == "fr"
    out = []
    use_patient(m, p)
    nm = name_style(ctx, p, style or ctx.pick(["upper_comma", "full", "title", "sur_given"]))
    out.append((("Nom : " if fr else "Name: ") if label else "") + nm)
    if nam and p.get("nam"):
        dob = True
        sex = True
    if dob:
        out.append(("DDN : " if fr else "DOB: ") + fmt_dob(p["dob"], ctx.rng, ctx.lang))
        m.types.add("date_of_birth")
    if sex:
        out.append(sexword(ctx, p["sex"]))
    if nam and p.get("nam"):
        st = ctx.pick(["plain", "plain", "space", "dot", "slash", "dash", "lower", "wide", "odd"])
        out.append(("NAM : " if fr else "RAMQ: ") + fmt_nam(p["nam"], st))
        m.types.add("ramq_nam")
    if mrn:
        out.append(("No dossier HRLH : " if fr else "Chart # (HRLH): ")
                   + fmt_mrn(p["mrn"], ctx.pick(["plain", "space", "h", "dash", "slash", "wide"])))
        m.types.add("mrn")
    return out


def addr_line(ctx, m, p, phone=True):
    m.types.add("patient_contact")
    a = p["addr"]["full"]
    if phone:
        return (f"Adresse : {a} — tél. {p['phone']}" if ctx.lang == "fr"
                else f"Address: {a} — home phone {p['phone']}")
    return f"Adresse : {a}" if ctx.lang == "fr" else f"Address: {a}"


# --------------------------------------------------------------------------
# A. hospital liaison referral to home care
# --------------------------------------------------------------------------

def p_referral(ctx):
    fr = ctx.lang == "fr"
    grp = ctx.pick(["senior", "senior", "adult"])
    p = ctx.patient(grp, nam=ctx.chance(0.7))
    m = new(ctx, "pos", "referral", "hospital liaison referral to home care")
    liaison = ctx.staff("grondin")
    intake = ctx.staff(ctx.pick(["st_onge", "benali", "leduc"]))
    m.sender = who(liaison)
    m.to = [who(intake)]
    dxk = ctx.sample(["hf", "copd", "hip", "dm2", "af", "ulcer", "ckd", "cva"], 2)
    medk = ctx.sample(["apix", "furo", "metf", "glar", "biso", "acet", "pant", "enox"], 3)
    m.types |= {"diagnosis", "medication"}
    ids = id_lines(ctx, m, p, dob=True, mrn=ctx.chance(0.6))
    discharge = later_day(ctx, 1, 4)
    alone = ctx.chance(0.5)
    if fr:
        needs = ctx.sample(["suivi pansement plaie chirurgicale q48h", "enseignement insuline et glycémies",
                            "surveillance poids et œdème (IC)", "évaluation ergo : sécurité salle de bain",
                            "aide au bain 2x/sem.", "retrait d'agrafes J+14"], 3)
        body = [greet(ctx, intake["given"]),
                "",
                f"Demande de services SAD pour un congé prévu le {datestr(ctx, discharge)}.",
                "",
                *ids,
                addr_line(ctx, m, p),
                "",
                "Dx principaux : " + "; ".join(dx(ctx, k) for k in dxk),
                "Rx au congé : " + ", ".join(med(ctx, k) for k in medk),
                "",
                "Besoins :",
                *[f"- {n}" for n in needs]]
        if alone:
            body.append("Vit seul(e) au 2e étage sans ascenseur, enfants à l'extérieur de la région.")
            m.types.add("social_information")
        body += ["", "Le formulaire de demande de services interétablissements (DSIE) suit par fax.",
                 "", sal(ctx), "", signature(ctx, liaison)]
        m.subject = ctx.pick([f"Demande SAD — congé {datestr(ctx, discharge)}",
                              f"Référence SAD : {name_style(ctx, p, 'upper_comma')}",
                              "Nouvelle demande de services — soutien à domicile"])
    else:
        needs = ctx.sample(["surgical wound dressing q48h", "insulin teaching and glucose monitoring",
                            "daily weights / edema check (HF)", "OT home safety assessment (bathroom)",
                            "bath assistance twice a week", "staple removal day 14"], 3)
        body = [greet(ctx, intake["given"]),
                "",
                f"Home care referral for a discharge planned {datestr(ctx, discharge)}.",
                "",
                *ids,
                addr_line(ctx, m, p),
                "",
                "Main diagnoses: " + "; ".join(dx(ctx, k) for k in dxk),
                "Discharge meds: " + ", ".join(med(ctx, k) for k in medk),
                "",
                "Needs:",
                *[f"- {n}" for n in needs]]
        if alone:
            body.append("Lives alone in a second-floor walk-up; children live out of the region.")
            m.types.add("social_information")
        body += ["", "The inter-facility referral form will follow by fax.", "", sal(ctx), "",
                 signature(ctx, liaison)]
        m.subject = ctx.pick([f"Home care referral - discharge {datestr(ctx, discharge)}",
                              f"Referral: {name_style(ctx, p, 'upper_comma')}",
                              "New home care referral"])
    if ctx.chance(0.35):
        title = "Demande de services — SAD" if fr else "Home care referral"
        lines = ids + [addr_line(ctx, m, p), "",
                       ("Diagnostics : " if fr else "Diagnoses: ") + "; ".join(dx(ctx, k) for k in dxk),
                       ("Médication : " if fr else "Medication: ") + ", ".join(med(ctx, k) for k in medk)]
        fn = f"DSIE_{fileslug(p['surname']).upper()}_{discharge:%Y%m%d}.pdf"
        m.atts.append(Att(fn, "pdf", make_pdf(title, lines, header=ORG["hosp"])))
    m.text = "\n".join(body)
    return m


# --------------------------------------------------------------------------
# B. tomorrow's visit round (tournée)
# --------------------------------------------------------------------------
D, M = "diagnosis", "medication"
ROUND_FR = [("pansement ulcère jambe G", {D}), ("INR + ajustement Coumadin", {M}),
            ("inj. B12 (anémie pernicieuse)", {M, D}), ("glycémies, Lantus", {M}), ("changement sonde urinaire", set()),
            ("pesée, œdème MI (IC)", {D}), ("PICC — ertapénem (ostéomyélite)", {M, D}), ("éval. chute récente", {D}),
            ("soins palliatifs, hydromorphone s/c", {D, M}), ("prise de sang (FSC, créat.)", set()),
            ("enseignement inhalateurs MPOC", {D})]
ROUND_EN = [("leg ulcer dressing", {D}), ("INR + Coumadin dose", {M}), ("B12 injection (pernicious anemia)", {M, D}),
            ("glucose log, Lantus", {M}), ("Foley catheter change", set()), ("weight, leg edema (HF)", {D}),
            ("PICC - ertapenem (osteomyelitis)", {M, D}), ("post-fall assessment", {D}),
            ("palliative, SC hydromorphone", {D, M}), ("blood draw (CBC, creat)", set()),
            ("COPD inhaler teaching", {D})]


def p_round(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "pos", "visit_round", "next-day home visit round list")
    asi = ctx.staff(ctx.pick(["benali", "leduc"]))
    nurse = ctx.staff(ctx.pick(["lachance", "boisvert", "kim", "rahimi"]))
    m.sender, m.to = who(asi), [who(nurse)]
    day = later_day(ctx, 1, 2)
    n = ctx.rng.randrange(4, 8)
    tasks = ctx.sample(ROUND_FR if fr else ROUND_EN, n)
    rows = [["Heure", "Client", "Adresse", "Tél.", "Soin"] if fr else ["Time", "Client", "Address", "Phone", "Care"]]
    t = datetime.datetime(2025, 1, 1, 8, 0)
    m.types |= {"patient_name", "patient_contact"}
    for task, tt in tasks:
        m.types |= tt
        p = ctx.patient(ctx.pick(["senior", "senior", "adult"]))
        m.names.append(p["full"])
        rows.append([t.strftime("%H:%M"), name_style(ctx, p, ctx.pick(["upper_comma", "initial", "title_sur", "full"])),
                     f"{p['addr']['line']}, {p['addr']['city']}", p["phone"], task])
        t += datetime.timedelta(minutes=ctx.pick([30, 45, 45, 60]))
    where = ctx.pick(["body", "xlsx", "csv"])
    if fr:
        intro = [greet(ctx, nurse["given"]), "",
                 f"Voici ta tournée pour {datestr(ctx, day)} (secteur {ctx.rng.randrange(1, 6)}). "
                 + ctx.pick(["J'ai ajouté deux nouveaux clients en fin de journée.",
                             "Une collègue est en formation, j'ai donc redistribué ses visites.",
                             "Attention, route fermée sur le rang, prévoir un détour."])]
        m.subject = ctx.pick([f"Tournée {datestr(ctx, day)}", f"Horaire des visites - {datestr(ctx, day)}",
                              "Ta route de demain"])
    else:
        intro = [greet(ctx, nurse["given"]), "",
                 f"Here is your round for {datestr(ctx, day)} (sector {ctx.rng.randrange(1, 6)}). "
                 + ctx.pick(["I added two new clients at the end of the day.",
                             "One of the team is at training so I split the visits.",
                             "Heads up: the bridge on Mill Road is closed, plan a detour."])]
        m.subject = ctx.pick([f"Round for {datestr(ctx, day)}", f"Visit schedule {datestr(ctx, day)}",
                              "Tomorrow's route"])
    if where == "body":
        table = ["  |  ".join(r) for r in rows]
        m.text = "\n".join(intro + [""] + table + ["", sal(ctx), "", signature(ctx, asi)])
    else:
        fn = (f"tournee_{day:%Y-%m-%d}" if fr else f"round_{day:%Y-%m-%d}") + "." + where
        if where == "xlsx":
            m.atts.append(Att(fn, "xlsx", make_xlsx([("Tournée" if fr else "Round", rows)], author=asi["name"])))
        else:
            m.atts.append(Att(fn, "csv", make_csv(rows, delim=ctx.pick([",", ";"]))))
        m.text = "\n".join(intro + ["", ("Liste en pièce jointe." if fr else "List attached."), "",
                                    sal(ctx), "", signature(ctx, asi)])
    return m


# --------------------------------------------------------------------------
# C. INR follow-up with the pharmacy / physician
# --------------------------------------------------------------------------

def p_inr(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.4))
    m = new(ctx, "pos", "lab_followup", "INR result and warfarin adjustment")
    nurse = ctx.staff(ctx.pick(["lachance", "kim", "boisvert"]))
    doc = ctx.phys(ctx.pick(["kassab", "ostrowski"]))
    ph = ctx.staff("sasseville")
    m.sender = who(nurse)
    m.to = [(doc["full"], doc["email"])]
    m.cc = [partner("pharm1", "labo")] if ctx.chance(0.5) else []
    inr = ctx.pick(["3,8", "4,2", "1,6", "1,4", "3,5"]) if fr else ctx.pick(["3.8", "4.2", "1.6", "1.4", "3.5"])
    prev = ctx.pick(["2,4", "2,7", "2,1"]) if fr else ctx.pick(["2.4", "2.7", "2.1"])
    high = inr[0] in "34"
    m.types |= {"lab_result", "medication", "diagnosis"}
    use_patient(m, p)
    nm = name_style(ctx, p)
    extra = id_lines(ctx, m, p)[1:] if p.get("nam") else []
    if fr:
        m.subject = ctx.pick([f"INR {inr} — {nm}", f"Résultat INR {name_style(ctx, p, 'title_sur')}",
                              "INR hors cible ce matin"])
        lines = [f"Bonjour {doc['title']} {doc['surname']},", "",
                 f"INR capillaire fait ce matin au domicile de {nm} : {inr} (précédent {prev} il y a 7 jours, cible 2,0-3,0).",
                 *extra,
                 f"FA, sous {med(ctx, 'warf')}. " + (
                     "Pas de saignement visible, ecchymoses aux avant-bras. A pris de l'amoxicilline cette semaine (dentiste)."
                     if high else "Dit avoir oublié 2 doses la fin de semaine dernière."),
                 "",
                 "Pouvez-vous me confirmer la conduite ? " + (
                     "Je propose de sauter la dose ce soir et reprendre à 2 mg, contrôle jeudi." if high
                     else "Je propose 4 mg x 2 jours puis 3 mg, contrôle dans 5 jours."),
                 "La pharmacie est en copie pour le pilulier.", "", sal(ctx), "", signature(ctx, nurse)]
    else:
        m.subject = ctx.pick([f"INR {inr} - {nm}", f"INR result {name_style(ctx, p, 'title_sur')}",
                              "INR out of range this morning"])
        lines = [f"Hello {doc['title']} {doc['surname']},", "",
                 f"Point-of-care INR at {nm}'s home this morning: {inr} (previous {prev} a week ago, target 2.0-3.0).",
                 *extra,
                 f"AF, on {med(ctx, 'warf')}. " + (
                     "No visible bleeding, some bruising on the forearms. Took amoxicillin this week (dentist)."
                     if high else f"Says {pron(ctx, p)['il']} missed two doses last weekend."),
                 "",
                 "Can you confirm the plan? " + (
                     "I suggest holding tonight's dose and restarting at 2 mg, recheck Thursday." if high
                     else "I suggest 4 mg x 2 days then 3 mg, recheck in 5 days."),
                 "Pharmacy cc'd for the blister pack.", "", sal(ctx), "", signature(ctx, nurse)]
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# D. fall at home: incident report
# --------------------------------------------------------------------------

def p_fall(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.5))
    m = new(ctx, "pos", "fall_report", "fall at home incident report")
    aux = ctx.staff(ctx.pick(["caouette", "boisvert"]))
    boss = ctx.staff(ctx.pick(["benali", "lemay"]))
    ot = ctx.staff(ctx.pick(["gendron", "mendes"]))
    m.sender, m.to, m.cc = who(aux), [who(boss)], [who(ot)]
    m.types |= {"diagnosis", "medication"}
    when = earlier(ctx, 3, 20)
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.6), mrn=ctx.chance(0.3))
    inj = ctx.pick(["hématome frontal, pas de perte de conscience", "douleur hanche G, incapable de se relever",
                    "plaie cutanée avant-bras D 3 cm", "aucune blessure apparente"]) if fr else \
        ctx.pick(["frontal hematoma, no loss of consciousness", "left hip pain, unable to get up",
                  "3 cm skin tear, right forearm", "no visible injury"])
    report_in = ctx.pick(["body", "docx", "pdf"])
    x = pron(ctx, p)
    if fr:
        detail = [*ids, f"Date/heure : {when:%Y-%m-%d} vers {when:%H:%M}",
                  f"Circonstances : trouvé{x['e']} au sol dans la salle de bain à mon arrivée, dit avoir glissé en allant à la toilette la nuit.",
                  f"Conséquences : {inj}.",
                  f"Antécédents : {dx(ctx, ctx.pick(['pd', 'ncd', 'af', 'cva']))}; prend {med(ctx, 'apix')} et {med(ctx, 'quet')}.",
                  "Actions : 911 non requis selon l'infirmière de garde, fille avisée, surveillance neuro aux 4 h.",
                  "3e chute en 2 mois."]
        m.subject = ctx.pick(["Déclaration de chute (AH-223)", f"Chute — {name_style(ctx, p, 'title_sur')}",
                              "Chute à domicile ce matin"])
        intro = [greet(ctx, boss["given"]), "", "Je te transmets la déclaration d'incident pour la chute de ce matin."]
    else:
        detail = [*ids, f"Date/time: {when:%Y-%m-%d} around {when:%H:%M}",
                  f"Circumstances: found on the bathroom floor when I arrived, says {x['il']} slipped going to the toilet overnight.",
                  f"Outcome: {inj}.",
                  f"History: {dx(ctx, ctx.pick(['pd', 'ncd', 'af', 'cva']))}; takes {med(ctx, 'apix')} and {med(ctx, 'quet')}.",
                  "Action: on-call nurse said no 911, daughter notified, neuro checks q4h.",
                  "Third fall in two months."]
        m.subject = ctx.pick(["Fall report (AH-223)", f"Fall - {name_style(ctx, p, 'title_sur')}",
                              "Fall at home this morning"])
        intro = [greet(ctx, boss["given"]), "", "Forwarding the incident report for this morning's fall."]
    if report_in == "body":
        m.text = "\n".join(intro + [""] + detail + ["", sal(ctx), "", signature(ctx, aux)])
    else:
        title = "Rapport de déclaration d'incident/accident (AH-223)" if fr else "Incident/accident report (AH-223)"
        fn = ctx.pick([f"AH-223_{when:%Y%m%d}.{report_in}",
                       f"chute_{fileslug(p['surname'])}_{when:%Y%m%d}.{report_in}"])
        data = make_docx(title, detail, author=aux["name"]) if report_in == "docx" else make_pdf(title, detail)
        m.atts.append(Att(fn, report_in, data))
        m.text = "\n".join(intro + ["", ("Rapport en pièce jointe. L'ergo est en copie pour réévaluer le domicile."
                                         if fr else "Report attached. OT cc'd to reassess the home."),
                                    "", sal(ctx), "", signature(ctx, aux)])
    return m


# --------------------------------------------------------------------------
# E. caregiver burnout, respite request
# --------------------------------------------------------------------------

def p_caregiver(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.4))
    m = new(ctx, "pos", "caregiver_burnout", "caregiver exhaustion and respite request")
    sw = ctx.staff(ctx.pick(["dionne", "oneill"]))
    m.sender = who(sw)
    m.to = [partner("repit", "admission")] if ctx.chance(0.5) else [who(ctx.staff("lemay"))]
    m.cc = [who(ctx.staff(ctx.pick(["lachance", "kim"])))]
    m.types |= {"social_information", "diagnosis"}
    rel = ctx.pick(["conjointe", "fille", "fils", "conjoint"]) if fr else ctx.pick(["wife", "daughter", "son", "husband"])
    zarit = ctx.rng.randrange(52, 79)
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.5))
    if fr:
        lines = [greet(ctx), "",
                 f"Demande de répit urgente pour {name_style(ctx, p, 'title')}, {p['age']} ans, {dx(ctx, 'alz')}.",
                 *ids[1:],
                 f"La proche aidante principale ({rel}) est à bout : score de Zarit à {zarit}/88, insomnie, "
                 "pleurs lors de ma visite, dit ne plus être capable de gérer les errances nocturnes.",
                 "Le couple vit seul à la campagne, pas d'autre famille proche; revenus limités (PSV + SRG).",
                 "Le couple refuse l'hébergement permanent pour l'instant mais accepterait 2 semaines de répit.",
                 "", "Disponibilités : dès la semaine prochaine. Je peux compléter l'outil d'évaluation multiclientèle (OEMC) à jour.",
                 "", sal(ctx), "", signature(ctx, sw)]
        m.subject = ctx.pick(["Demande de répit - épuisement de l'aidante", f"Répit {name_style(ctx, p, 'title_sur')}",
                              "Proche aidant en détresse"])
    else:
        lines = [greet(ctx), "",
                 f"Urgent respite request for {name_style(ctx, p, 'title')}, {p['age']}, {dx(ctx, 'alz')}.",
                 *ids[1:],
                 f"The main caregiver ({rel}) is exhausted: Zarit score {zarit}/88, not sleeping, "
                 f"cried during my visit, says {'she' if rel in ('wife', 'daughter') else 'he'} can no longer cope with the night-time wandering.",
                 "They live alone in the countryside with no other family nearby; low income (OAS + GIS).",
                 "Long-term placement refused for now, but they would accept two weeks of respite.",
                 "", "Available from next week. I can update the multi-client assessment tool (OEMC).",
                 "", sal(ctx), "", signature(ctx, sw)]
        m.subject = ctx.pick(["Respite request - caregiver burnout", f"Respite for {name_style(ctx, p, 'title_sur')}",
                              "Caregiver in distress"])
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# F. pill-pack / medication supervision request to the pharmacy
# --------------------------------------------------------------------------

def p_pillpack(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "senior", "adult"]), nam=ctx.chance(0.6))
    m = new(ctx, "pos", "pharmacy_request", "pill-pack change request to community pharmacy")
    nurse = ctx.staff(ctx.pick(["lachance", "kim", "rahimi", "boisvert"]))
    m.sender = who(nurse)
    m.to = [partner(ctx.pick(["pharm1", "pharm2"]), "dispill")]
    m.types |= {"medication"}
    ids = id_lines(ctx, m, p, dob=True)
    medk = ctx.sample(["done", "quet", "furo", "metf", "biso", "pant", "mirt", "sine"], 4)
    stop = medk[0]
    cogn = ctx.chance(0.6)
    if cogn:
        m.types.add("diagnosis")
    if fr:
        lines = [greet(ctx), "",
                 "Demande de modification du pilulier hebdomadaire (Dispill) :", "", *ids, "",
                 f"- CESSER : {med(ctx, stop)} (ordonnance du Dr Kassab jointe par fax)",
                 *[f"- continuer : {med(ctx, k)}" for k in medk[1:]],
                 "",
                 ("Trouble cognitif léger : j'ai retrouvé 3 comprimés au sol et des alvéoles ouvertes en avance. "
                  "Pouvez-vous livrer aux 7 jours plutôt qu'aux 28 jours ?" if cogn else
                  "Livraison habituelle le mardi, merci de ne pas laisser le sac dans la boîte aux lettres."),
                 "", sal(ctx), "", signature(ctx, nurse)]
        m.subject = ctx.pick(["Modification Dispill", f"Pilulier — {name_style(ctx, p, 'upper_comma')}",
                              "Changement de médication / pilulier"])
    else:
        lines = [greet(ctx), "",
                 "Please update the weekly blister pack:", "", *ids, "",
                 f"- STOP: {med(ctx, stop)} (Dr. Kassab's prescription faxed)",
                 *[f"- continue: {med(ctx, k)}" for k in medk[1:]],
                 "",
                 ("Mild cognitive impairment: I found 3 tablets on the floor and blisters opened ahead of time. "
                  "Could you deliver every 7 days instead of every 28?" if cogn else
                  "Usual Tuesday delivery, please do not leave the bag in the mailbox."),
                 "", sal(ctx), "", signature(ctx, nurse)]
        m.subject = ctx.pick(["Blister pack change", f"Pill pack - {name_style(ctx, p, 'upper_comma')}",
                              "Medication change / blister pack"])
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# G. subject-only name, terse glucose values
# --------------------------------------------------------------------------

def p_subject_only(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]))
    m = new(ctx, "pos", "quick_note", "terse glucose note, patient named only in subject")
    a, b = ctx.sample(["lachance", "kim", "rahimi", "boisvert", "raman"], 2)
    sa, sb = ctx.staff(a), ctx.staff(b)
    m.sender, m.to = who(sa), [who(sb)]
    use_patient(m, p)
    m.types |= {"lab_result", "medication"}
    nm = name_style(ctx, p, ctx.pick(["title_sur", "lower", "initial", "upper_comma"]))
    g = [ctx.pick(["14,2", "16,8", "11,9", "18,4", "9,7"]) for _ in range(3)]
    if not fr:
        g = [x.replace(",", ".") for x in g]
    if fr:
        m.subject = ctx.pick([f"{nm} - glycémies", f"RE: {nm}", f"{nm} — suivi"])
        m.text = "\n".join([sb["given"] + ",", "",
                            f"Glycémies AC : {g[0]} / {g[1]} / {g[2]}. HS hier 15,1.",
                            "Je monte la Lantus de 16 à 18 u ce soir selon l'ordonnance collective, "
                            "recontrôle vendredi.", "", sa["given"]])
    else:
        m.subject = ctx.pick([f"{nm} - sugars", f"RE: {nm}", f"{nm} follow-up"])
        m.text = "\n".join([sb["given"] + ",", "",
                            f"AC glucose: {g[0]} / {g[1]} / {g[2]}. HS last night 15.1.",
                            "Increasing Lantus from 16 to 18 units tonight per the collective order, "
                            "recheck Friday.", "", sa["given"]])
    return m


# --------------------------------------------------------------------------
# H. reply thread with quoted original (address / key box)
# --------------------------------------------------------------------------

def p_reply(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior")
    m = new(ctx, "pos", "reply_thread", "reply with quoted question about a client")
    a, b = ctx.sample(["lachance", "kim", "boisvert", "caouette", "benali", "rahimi"], 2)
    sa, sb = ctx.staff(a), ctx.staff(b)
    m.sender, m.to = who(sb), [who(sa)]
    use_patient(m, p)
    m.types |= {"patient_contact", "diagnosis"}
    t0 = earlier(ctx, 1, 5)
    code = ctx.rng.randrange(1000, 9999)
    x = pron(ctx, p)
    if fr:
        orig_subj = ctx.pick(["Question", f"{name_style(ctx, p, 'title_sur')}", "Visite de cet après-midi"])
        orig = "\n".join([f"Salut {sb['given']},", "",
                          f"Je remplace pour la visite chez {name_style(ctx, p, 'title')} cet après-midi. "
                          "C'est quoi déjà l'adresse exacte et le code de la boîte à clé ?", "", sa["given"]])
        reply = "\n".join([f"Pour {p['given']} : {p['addr']['full']}, porte de côté. Code boîte à clé {code}.",
                           f"Tél. : {p['phone']} ({x['il']} répond rarement, laisse sonner).",
                           f"Attention, {dx(ctx, ctx.pick(['ncd', 'copd', 'hf']))} — {x['il']} peut être confus{x['e']} en fin de journée. "
                           "Le chien est gentil.", "", sb["given"]])
        m.subject = "RE: " + orig_subj
    else:
        orig_subj = ctx.pick(["Quick question", f"{name_style(ctx, p, 'title_sur')}", "This afternoon's visit"])
        orig = "\n".join([f"Hi {sb['given']},", "",
                          f"I'm covering the visit at {name_style(ctx, p, 'title')}'s this afternoon. "
                          "What's the exact address and the key box code again?", "", sa["given"]])
        reply = "\n".join([f"{p['given']}: {p['addr']['full']}, side door. Key box code {code}.",
                           f"Phone: {p['phone']} ({x['il']} rarely answers, let it ring).",
                           f"Heads up, {dx(ctx, ctx.pick(['ncd', 'copd', 'hf']))} - {x['il']} can be confused late in the day. "
                           "The dog is friendly.", "", sb["given"]])
        m.subject = "RE: " + orig_subj
    q = quoted(ctx, sa["name"], sa["email"], t0, orig).replace("__SUBJ__", orig_subj)
    m.text = reply + "\n\n" + q
    m.extra_headers.append(("In-Reply-To", f"<{t0:%Y%m%d%H%M}.{ctx.rng.randrange(10**6):06d}@{ORG['dom']}>"))
    return m


# --------------------------------------------------------------------------
# I. forwarded discharge summary (inline forward)
# --------------------------------------------------------------------------

def p_forward(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.5))
    m = new(ctx, "pos", "discharge_forward", "inline forward of a hospital discharge summary")
    ast = ctx.staff(ctx.pick(["benali", "leduc"]))
    nurse = ctx.staff(ctx.pick(["lachance", "kim", "rahimi"]))
    m.sender, m.to = who(ast), [who(nurse)]
    m.types |= {"diagnosis", "medication", "lab_result"}
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.5), mrn=True)
    t0 = earlier(ctx, 5, 48)
    src = ("Service des archives — HRLH", f"archives@{ORG['hosp_dom']}")
    dxk = ctx.pick(["hf", "copd", "ckd", "osteo"])
    if fr:
        inner = "\n".join(["RÉSUMÉ DE CONGÉ", *ids,
                           f"Hospitalisation du {datestr(ctx, t0 - datetime.timedelta(days=9))} au {datestr(ctx, t0)}",
                           f"Dx : décompensation de {dx(ctx, dxk)}",
                           "Labos au congé : Hb 98, créat. 164, K 5,1, BNP 1240",
                           f"Rx : {med(ctx, 'furo')}, {med(ctx, 'biso')}, {med(ctx, 'pant')}",
                           "Suivi : SAD pour pesée quotidienne et bilan sanguin dans 1 semaine."])
        subj = "Résumé de congé"
        m.subject = "TR: " + subj + ctx.pick(["", f" {fmt_mrn(p['mrn'], 'plain')}"])
        lead = f"{nurse['given']}, nouvelle cliente pour ton secteur, premier contact d'ici vendredi svp."
    else:
        inner = "\n".join(["DISCHARGE SUMMARY", *ids,
                           f"Admitted {datestr(ctx, t0 - datetime.timedelta(days=9))}, discharged {datestr(ctx, t0)}",
                           f"Dx: decompensated {dx(ctx, dxk)}",
                           "Labs at discharge: Hb 98, creat 164, K 5.1, BNP 1240",
                           f"Meds: {med(ctx, 'furo')}, {med(ctx, 'biso')}, {med(ctx, 'pant')}",
                           "Follow-up: home care for daily weights and bloodwork in 1 week."])
        subj = "Discharge summary"
        m.subject = "FW: " + subj + ctx.pick(["", f" {fmt_mrn(p['mrn'], 'plain')}"])
        lead = f"{nurse['given']}, new client for your sector, first contact by Friday please."
    if "mrn" in m.types and fmt_mrn(p["mrn"], "plain") in m.subject:
        pass
    m.text = lead + "\n\n" + forwarded(ctx, src[0], src[1], t0, subj, ast["email"], inner)
    return m
