"""Positive templates, part 1: clinical correspondence between midwives, CLSC, hospital."""
import datetime as dt

from gen_common import full, fdate, fday, age_on, fmt_nam, fmt_mrn, ORGS
from gen_clin import DX, LABOUR, PP, NB, MED, LAB, ga, ga_str, gp, edd_from, L, dx_with, lab_with, pp_with
from gen_text import compose, quote, signature
from gen_tpl import pos, addr, generic_box, pname, pnam, pdob, personal_email, rel_date
from gen_attach import make_pdf


def mother(w, lang, nam_prob=0.4, used=None):
    """A pregnant / postpartum client: a NAM holder (female, 18-45) or an invented woman.
    `used` (a set of NAMs) keeps lists free of duplicates."""
    if w.chance(nam_prob):
        p = w.nam_holder(lambda q: q["sex"] == "F" and 1980 <= q["dob"].year <= 2007
                         and (used is None or q["nam"] not in used))
        if used is not None:
            used.add(p["nam"])
        return p
    return w.person("F", lang, (1984, 2005))


def id_line(w, p, lang, s, want_dob=0.6, want_nam=True, want_mrn=0.3):
    bits = []
    if want_dob and w.chance(want_dob):
        bits.append(("DDN : " if lang == "fr" else "DOB: ") + pdob(w, p, lang, s))
    elif w.chance(0.5):
        bits.append(f"{age_on(p['dob'], s['date'].date())} ans" if lang == "fr" else f"{age_on(p['dob'], s['date'].date())} y/o")
    if p.get("nam") and want_nam:
        bits.append(("NAM : " if lang == "fr" else "RAMQ: ") + pnam(w, p, s))
    if w.chance(want_mrn):
        s.t("mrn")
        m = w.mrn()
        bits.append(("No dossier : " if lang == "fr" else "MRN: ") + (fmt_mrn(m, w.r) if w.chance(0.35) else m))
    return ", ".join(bits)


# ---------------------------------------------------------------- P1 transfer / consult request
def p_transfer_request(w, lang):
    s = pos(w, "demande_consult_obs" if lang == "fr" else "ob_consult_request", lang,
            "midwife asks obstetrics for consultation/transfer of care")
    sf, ob = w.staff_pick("sf"), w.staff_pick("ob")
    p = mother(w, lang)
    wk, d = ga(w)
    dx, dmed, dlab = dx_with(w)
    nm = pname(w, p, lang, s)
    s.t("diagnosis")
    idl = id_line(w, p, lang, s)
    extra = ""
    if dlab and w.chance(0.7):
        s.t("lab_result")
        extra = ("\nBilan récent : " if lang == "fr" else "\nRecent labs: ") + L(dlab, lang)
    if dmed and w.chance(0.6):
        s.t("medication")
        extra += ("\nMédication actuelle : " if lang == "fr" else "\nCurrent meds: ") + L(dmed, lang)
    if lang == "fr":
        subj = w.pick([f"Demande de consultation - {nm}", "Demande de consultation obstétricale",
                       f"Consult obs {ga_str(wk, d, lang, r=w.r)} - {L(dx, lang)}", "Transfert de soins?"])
        body = (f"Je vous réfère {nm} ({idl}), {gp(w)}, {ga_str(wk, d, lang, r=w.r)} aujourd'hui, suivie à la "
                f"maison de naissance depuis 12 semaines.\n\nMotif : {L(dx, lang)}.{extra}\n\n"
                + w.pick(["Elle souhaiterait, si possible, poursuivre son suivi avec nous en partage de soins.",
                          "Je pense qu'un transfert complet de soins est indiqué, mais j'aimerais avoir votre avis.",
                          "Pouvez-vous la voir cette semaine? Elle est disponible en après-midi."])
                + "\nLe formulaire de transfert est dans le DCI.")
    else:
        subj = w.pick([f"Consult request - {nm}", "OB consultation request", f"Referral: {L(dx, lang)} at {ga_str(wk, d, lang, r=w.r)}"])
        body = (f"I'd like to refer {nm} ({idl}), {gp(w)}, currently {ga_str(wk, d, lang, r=w.r)}, "
                f"in midwifery care with us since her booking visit.\n\nReason: {L(dx, lang)}.{extra}\n\n"
                + w.pick(["She would like to stay in shared care if possible.",
                          "I think a full transfer of care is warranted but would value your opinion.",
                          "Could you see her this week? Afternoons work best for her."]))
    s["frm"], s["to"] = addr(w, sf), [addr(w, ob)]
    if w.chance(0.4):
        s["cc"] = [generic_box("obs")]
    s["subject"], s["text"] = subj, compose(w, lang, sf, body, to=ob)
    return s.finish()


# ---------------------------------------------------------------- P2 urgent intrapartum transfer
def p_intrapartum_transfer(w, lang):
    s = pos(w, "transfert_urgent" if lang == "fr" else "urgent_transfer", lang,
            "urgent intrapartum transfer notice to hospital labour ward")
    sf = w.staff_pick("sf")
    p = mother(w, lang, 0.35)
    wk, d = w.r.randint(36, 41), w.r.randint(0, 6)
    why = w.pick(LABOUR)
    s.t("diagnosis")
    nm = pname(w, p, lang, s, allow_title=w.chance(0.5))
    mrn = ""
    if w.chance(0.6):
        s.t("mrn")
        mrn = (" - dossier " if lang == "fr" else " - chart ") + (fmt_mrn(w.mrn(3), w.r) if w.chance(0.3) else w.mrn(3))
    nam = ""
    if p.get("nam"):
        nam = f" NAM {pnam(w, p, s)}" if lang == "fr" else f" RAMQ {pnam(w, p, s)}"
    eta = w.r.randint(10, 35)
    if lang == "fr":
        subj = w.pick(["URGENT - transfert en route", f"Transfert {nm}", "Transfert MDN -> bloc naissance", f"Transfert en cours {ga_str(wk, d, lang, 2)}"])
        body = (f"Transfert ambulancier en cours vers le bloc naissance, arrivée prévue dans {eta} min.\n\n"
                f"{nm}{nam}{mrn}\n{gp(w)}, {ga_str(wk, d, lang, r=w.r)}\nRaison : {L(why, lang)}\n"
                + w.pick(["SGB négatif. Membranes rompues depuis 14 h.", "Dernier examen : 7 cm, tête à -1.",
                          "Saignement actif, 2 voies veineuses installées.", "Ocytocine 10 UI IM données à 14 h 32."])
                + "\n\nJe l'accompagne. Merci d'aviser l'obstétricien de garde.")
    else:
        subj = w.pick(["URGENT - transfer en route", f"Transfer {nm}", "Birth centre transfer to L&D"])
        body = (f"Ambulance transfer to L&D in progress, ETA {eta} min.\n\n{nm}{nam}{mrn}\n{gp(w)}, "
                f"{ga_str(wk, d, lang, r=w.r)}\nReason: {L(why, lang)}\n"
                + w.pick(["GBS negative. ROM 14 h ago.", "Last VE: 7 cm, station -1.",
                          "Active bleeding, 2 IV lines in place.", "Oxytocin 10 IU IM given at 14:32."])
                + "\n\nI'm travelling with her. Please let the OB on call know.")
    s["frm"], s["to"] = addr(w, sf), [generic_box("obs" if w.chance(0.7) else "lakeview")]
    s["importance"] = "high"
    s["subject"], s["text"] = subj, compose(w, lang, sf, body, greeting=w.chance(0.3), sig_style=w.pick([1, 4, 2]))
    return s.finish()


# ---------------------------------------------------------------- P3 consultation reply, with quoted request
def p_consult_reply(w, lang):
    s = pos(w, "reponse_consult" if lang == "fr" else "consult_reply", lang,
            "obstetrician's consultation reply with plan, quoted request")
    sf, ob = w.staff_pick("sf"), w.staff_pick("ob")
    p = mother(w, lang, 0.3)
    dx, med, _ = dx_with(w)
    while med is None:
        dx, med, _ = dx_with(w)
    s.t("diagnosis", "medication")
    nm = pname(w, p, lang, s)
    wk, d = ga(w)
    if lang == "fr":
        body = (f"J'ai vu {nm} ce matin. Mon impression : {L(dx, lang)}.\n\nPlan :\n- {L(med, lang)}\n"
                f"- Contrôle en clinique externe dans {w.r.randint(1, 3)} semaine(s)\n"
                + w.pick(["- Elle peut poursuivre son suivi à la MDN; accouchement à l'hôpital recommandé.",
                          "- Transfert de soins en obstétrique, je prends le relais.",
                          "- Retour à la sage-femme, aucun suivi supplémentaire requis si la TA reste < 140/90."]))
        orig = f"Bonjour,\nPourriez-vous voir {nm}, {ga_str(wk, d, lang, r=w.r)}, pour {L(dx, lang)}?\nMerci"
        subj = "RE: " + w.pick([f"Consultation {nm}", "Demande de consultation obstétricale", "Consult"])
    else:
        body = (f"Saw {nm} this morning. Impression: {L(dx, lang)}.\n\nPlan:\n- {L(med, lang)}\n"
                f"- Follow-up in OB clinic in {w.r.randint(1, 3)} week(s)\n"
                + w.pick(["- OK to continue midwifery care; hospital birth recommended.",
                          "- Transfer of care to obstetrics, I'll take over.",
                          "- Back to midwife, no further follow-up needed if BP stays < 140/90."]))
        orig = f"Hi,\nCould you see {nm}, {ga_str(wk, d, lang, r=w.r)}, for {L(dx, lang)}?\nThanks"
        subj = "RE: " + w.pick([f"Consult {nm}", "OB consultation request", "Consult"])
    odate = s["date"] - dt.timedelta(days=w.r.randint(1, 6), hours=3)
    text = compose(w, lang, ob, body, to=sf) + quote(w, lang, sf, ob, odate, subj[4:], orig)
    s["frm"], s["to"], s["reply"] = addr(w, ob), [addr(w, sf)], sf["org"]["domain"]
    s["subject"], s["text"] = subj, text
    return s.finish()


# ---------------------------------------------------------------- P4 lab results to the client herself
def p_results_to_client(w, lang):
    s = pos(w, "resultats_cliente" if lang == "fr" else "results_to_client", lang,
            "midwife e-mails lab results to the client")
    sf = w.staff_pick("sf")
    p = mother(w, lang, 0.25)
    lab, lmed = lab_with(w)
    s.t("lab_result", "patient_name")
    pe = personal_email(w, p)
    if lang == "fr":
        body = (f"Comme promis, voici vos résultats : {L(lab, lang)}.\n\n"
                + w.pick(["Ce n'est pas inquiétant, mais on va en reparler à votre prochain rendez-vous.",
                          "Je vous ai laissé un message : il faudrait commencer un traitement, rappelez-moi dès que possible.",
                          "Je vous envoie l'ordonnance à la pharmacie cet après-midi."]))
        if lmed and w.chance(0.7):
            s.t("medication")
            body += f"\nOrdonnance : {L(lmed, lang)}."
        subj = w.pick(["Vos résultats", "Résultats de prise de sang", f"Résultats - {p['given']}", "Suivi"])
    else:
        body = (f"As promised, here are your results: {L(lab, lang)}.\n\n"
                + w.pick(["Nothing worrying, we'll discuss at your next visit.",
                          "I left you a voicemail: we should start treatment, please call me back.",
                          "I'm faxing the prescription to your pharmacy this afternoon."]))
        if lmed and w.chance(0.7):
            s.t("medication")
            body += f"\nPrescription: {L(lmed, lang)}."
        subj = w.pick(["Your results", "Blood work results", f"Results - {p['given']}", "Follow-up"])
    s["frm"] = addr(w, sf)
    s["to"] = [(full(p) if w.chance(0.85) else f"{p['surname']}, {p['given']}", pe)]
    if p.get("nam") and w.chance(0.5):
        body += ("\n\nVotre NAM au dossier : " if lang == "fr" else "\n\nRAMQ number on file: ") + pnam(w, p, s)
    s["subject"] = subj
    s["text"] = compose(w, lang, sf, body, to=p)
    return s.finish()


# ---------------------------------------------------------------- P5 prenatal screening result
def p_prenatal_screening(w, lang):
    s = pos(w, "depistage_prenatal" if lang == "fr" else "prenatal_screening", lang,
            "prenatal screening (T21) result with PDF report")
    coord = w.staff_pick("coord")
    sf = w.staff_pick("sf")
    p = mother(w, lang, 0.6)
    risk = w.pick(["1/85", "1/140", "1/230", "1/60", "1/310"])
    s.t("lab_result", "patient_name")
    nm = full(p)
    rows = [["Nom" if lang == "fr" else "Name", nm],
            ["Date de naissance" if lang == "fr" else "Date of birth", pdob(w, p, lang, s, 0)]]
    if p.get("nam"):
        rows.append(["NAM", pnam(w, p, s, 1)])
    s.t("mrn")
    rows.append(["No de laboratoire" if lang == "fr" else "Lab accession", "DP25-" + w.mrn(0)])
    rows.append(["Risque T21" if lang == "fr" else "T21 risk", risk + (" (accru)" if lang == "fr" else " (increased)")])
    rows.append(["PAPP-A (MoM)", f"0,{w.r.randint(30, 60)}" if lang == "fr" else f"0.{w.r.randint(30, 60)}"])
    rows.append(["hCG libre (MoM)" if lang == "fr" else "free hCG (MoM)", f"{w.r.randint(2, 3)},{w.r.randint(0, 9)}"])
    pdf = make_pdf("Programme québécois de dépistage prénatal",
                   [("h", "Programme québécois de dépistage prénatal" if lang == "fr" else "Quebec Prenatal Screening Program"),
                    ("p", "Rapport de résultat - dépistage combiné du 1er trimestre" if lang == "fr" else "Result report - first trimester combined screening"),
                    ("t", rows),
                    ("p", "Un test prénatal non invasif (TPNI) est offert." if lang == "fr" else "Non-invasive prenatal testing (NIPT) is offered.")])
    fname = w.pick([f"Depistage_{p['surname']}.pdf", "rapport_depistage.pdf", f"PQDP_{w.r.randint(1000, 9999)}.pdf"])
    if p["surname"] in fname:
        pass
    if lang == "fr":
        body = (f"Le résultat du dépistage de {w.pick(['votre cliente', 'Mme ' + p['surname']])} est revenu à risque accru "
                f"({risk}). Le rapport complet est en pièce jointe.\nMerci de la contacter d'ici 48 h pour lui offrir le TPNI.")
        subj = w.pick(["Résultat de dépistage prénatal - risque accru", "Dépistage prénatal : résultat à communiquer", "PQDP - résultat"])
    else:
        body = (f"Your client's screening result came back increased risk ({risk}). Full report attached.\n"
                "Please contact her within 48 h to offer NIPT.")
        subj = w.pick(["Prenatal screening result - increased risk", "Screening result to communicate"])
    s["frm"], s["to"] = generic_box("depist") if w.chance(0.5) else addr(w, coord), [addr(w, sf)]
    s["subject"], s["text"] = subj, compose(w, lang, coord, body, to=sf)
    s["attachments"].append({"name": fname, "ctype": "application/pdf", "data": pdf})
    return s.finish()


# ---------------------------------------------------------------- P6 newborn screening callback
def p_newborn_screening(w, lang):
    s = pos(w, "depistage_neonatal" if lang == "fr" else "newborn_screening", lang,
            "abnormal newborn blood-spot screening, recall of baby")
    inf, sf = w.staff_pick("inf"), w.staff_pick("sf")
    p = mother(w, lang, 0.3)
    born = rel_date(s["date"], -w.r.randint(5, 12))
    s.t("patient_name", "lab_result", "date_of_birth")
    nm = pname(w, p, lang, s)
    test = w.pick([("TSH 38 mUI/L (hypothyroïdie congénitale à éliminer)", "TSH 38 mIU/L (rule out congenital hypothyroidism)"),
                   ("phénylalanine élevée", "elevated phenylalanine"),
                   ("17-OHP élevée", "elevated 17-OHP"),
                   ("profil d'hémoglobine FS", "haemoglobin FS pattern")])
    if lang == "fr":
        body = (f"Le Programme de dépistage néonatal nous avise d'un résultat anormal pour le bébé de {nm}, "
                f"né le {fdate(born, lang, 1)} : {test[0]}.\nUn deuxième prélèvement est requis d'ici vendredi. "
                "Peux-tu organiser la visite à domicile?")
        subj = w.pick(["Dépistage néonatal - reprise de prélèvement", f"Bébé {p['surname']} - dépistage sanguin", "Buvard à reprendre"])
    else:
        body = (f"The newborn screening program notified us of an abnormal result for the baby of {nm}, "
                f"born {fdate(born, lang, 1)}: {test[1]}.\nA repeat sample is needed by Friday. Can you arrange a home visit?")
        subj = w.pick(["Newborn screening - repeat sample", f"Baby {p['surname']} - blood spot", "Repeat heel prick"])
    if w.chance(0.5):
        s.t("patient_contact")
        body += ("\n\nAdresse : " if lang == "fr" else "\n\nAddress: ") + w.address(lang) + " / " + w.phone()
    s["frm"], s["to"] = addr(w, sf), [addr(w, inf)]
    s["subject"], s["text"] = subj, compose(w, lang, sf, body, to=inf)
    return s.finish()


# ---------------------------------------------------------------- P7 lactation consultant note
def p_lactation(w, lang):
    s = pos(w, "consultation_allaitement" if lang == "fr" else "lactation_consult", lang,
            "IBCLC consult summary on mother and baby")
    lc, inf = w.staff_pick("ibclc"), w.pick([w.staff_pick("inf"), w.staff_pick("sf")])
    p = mother(w, lang, 0.25)
    nb = w.pick(NB)
    pp, pmed = pp_with(w)
    s.t("diagnosis")
    nm = pname(w, p, lang, s)
    baby = w.pick(["Léo", "Emma", "Noah", "Alice", "Jacob", "Florence", "Mila", "Arthur"])
    if lang == "fr":
        body = (f"Résumé de ma consultation d'hier avec {nm} et son bébé {baby} ({w.r.randint(4, 21)} jours).\n\n"
                f"Bébé : {L(nb, lang)}. Poids {w.r.randint(2900, 4100)} g.\nMère : {L(pp, lang)}.\n\n"
                "Plan : tétées aux 2-3 h, compression mammaire, tire-lait après les boires du matin.")
        if pmed:
            s.t("medication")
            body += f"\nLe médecin a prescrit {L(pmed, lang)}."
        body += "\nJe la revois mardi. Pourrais-tu faire une pesée jeudi lors de ta visite?"
        subj = w.pick([f"Suivi allaitement - {p['surname']}", "Résumé consultation allaitement", f"Consultation IBCLC {p['given']} et {baby}"])
    else:
        body = (f"Summary of yesterday's visit with {nm} and baby {baby} ({w.r.randint(4, 21)} days old).\n\n"
                f"Baby: {L(nb, lang)}. Weight {w.r.randint(2900, 4100)} g.\nMother: {L(pp, lang)}.\n\n"
                "Plan: feeds every 2-3 h, breast compression, pump after morning feeds.")
        if pmed:
            s.t("medication")
            body += f"\nThe physician prescribed {L(pmed, lang)}."
        body += "\nSeeing her again Tuesday. Could you do a weight check Thursday?"
        subj = w.pick([f"Breastfeeding follow-up - {p['surname']}", "Lactation consult summary"])
    s["frm"], s["to"] = addr(w, lc), [addr(w, inf)]
    s["subject"], s["text"] = subj, compose(w, lang, lc, body, to=inf)
    return s.finish()


# ---------------------------------------------------------------- P8 postpartum home visit report
def p_home_visit(w, lang):
    s = pos(w, "visite_postnatale" if lang == "fr" else "postnatal_home_visit", lang,
            "CLSC nurse postpartum home-visit report with address")
    inf, sf = w.staff_pick("inf"), w.staff_pick("sf")
    p = mother(w, lang, 0.35)
    s.t("patient_contact", "diagnosis")
    nm = pname(w, p, lang, s)
    ad = w.address(lang)
    pp, nb = w.pick(PP), w.pick(NB)
    idl = id_line(w, p, lang, s, 0.3, True, 0.2)
    if lang == "fr":
        body = (f"Visite J+{w.r.randint(2, 5)} faite ce matin chez {nm}{' (' + idl + ')' if idl else ''}, {ad}.\n\n"
                f"Mère : {L(pp, lang)}.\nBébé : {L(nb, lang)}, allaité exclusivement.\n"
                + w.pick(["J'ai recommandé une consultation médicale aujourd'hui.", "Je repasse dans 48 h.",
                          "Référée à la clinique d'allaitement Petit Lait."]))
        subj = w.pick(["Visite postnatale", f"Visite à domicile {p['surname']}", "Compte rendu visite J3", "Suivi postnatal"])
    else:
        body = (f"Day {w.r.randint(2, 5)} visit done this morning at {nm}'s{' (' + idl + ')' if idl else ''}, {ad}.\n\n"
                f"Mother: {L(pp, lang)}.\nBaby: {L(nb, lang)}, exclusively breastfed.\n"
                + w.pick(["Advised a medical assessment today.", "Will revisit in 48 h.",
                          "Referred to the Petit Lait breastfeeding clinic."]))
        subj = w.pick(["Postnatal visit", f"Home visit {p['surname']}", "Day 3 visit report"])
    s["frm"], s["to"] = addr(w, inf), [addr(w, sf)]
    s["subject"], s["text"] = subj, compose(w, lang, inf, body, to=sf)
    return s.finish()


# ---------------------------------------------------------------- P9 pharmacy question
def p_pharmacy(w, lang):
    s = pos(w, "question_pharmacie" if lang == "fr" else "pharmacy_query", lang,
            "pharmacist queries a prescription for a named client")
    ph, sf = w.staff_pick("pharm"), w.pick([w.staff_pick("sf"), w.staff_pick("ob")])
    p = mother(w, lang, 0.3)
    med = w.pick(MED)
    s.t("medication")
    nm = pname(w, p, lang, s)
    dob = pdob(w, p, lang, s) if w.chance(0.6) else None
    if lang == "fr":
        body = (f"Nous avons reçu une ordonnance pour {nm}{' (DDN ' + dob + ')' if dob else ''} : {L(med, lang)}.\n"
                + w.pick(["La posologie n'est pas claire, pouvez-vous confirmer?",
                          "Elle nous dit allaiter : est-ce compatible selon vous? Nous suggérons une alternative.",
                          "Il manque la durée du traitement et votre numéro de permis."])
                + "\nMerci de nous rappeler ou de répondre à ce courriel.")
        subj = w.pick(["Question - ordonnance", f"Ordonnance {p['surname']}", "Précision sur une ordonnance"])
    else:
        body = (f"We received a prescription for {nm}{' (DOB ' + dob + ')' if dob else ''}: {L(med, lang)}.\n"
                + w.pick(["The directions are unclear, can you confirm?",
                          "She tells us she is breastfeeding - is this compatible? We suggest an alternative.",
                          "Duration and your licence number are missing."]))
        subj = w.pick(["Prescription question", f"Rx for {p['surname']}", "Clarification needed"])
    s["frm"], s["to"] = addr(w, ph) if w.chance(0.6) else generic_box("pharm"), [addr(w, sf)]
    s["subject"], s["text"] = subj, compose(w, lang, ph, body, to=sf)
    return s.finish()


# ---------------------------------------------------------------- P10 Rh immunoglobulin
def p_rh(w, lang):
    s = pos(w, "immunoglobuline_rh" if lang == "fr" else "rh_immunoglobulin", lang,
            "Rh-negative mother, anti-D immunoglobulin to give")
    sf, inf = w.staff_pick("sf"), w.staff_pick("inf")
    p = mother(w, lang, 0.4)
    s.t("lab_result", "medication")
    nm = pname(w, p, lang, s)
    idl = id_line(w, p, lang, s, 0.4, True, 0.3)
    if lang == "fr":
        body = (f"{nm}{' - ' + idl if idl else ''} : groupe O Rh négatif, bébé A Rh positif (Coombs direct négatif).\n"
                "Le WinRho 300 mcg IM doit être administré avant 72 h, donc d'ici demain 16 h.\n"
                "Peux-tu le donner lors de ta visite? La dose est à récupérer à la banque de sang.")
        subj = w.pick(["WinRho à donner", "Rh nég - immunoglobuline", f"{p['surname']} - WinRho"])
    else:
        body = (f"{nm}{' - ' + idl if idl else ''}: O Rh negative, baby A Rh positive (DAT negative).\n"
                "WinRho 300 mcg IM must be given within 72 h, i.e. by tomorrow 4 pm.\n"
                "Can you give it during your visit? Pick up the dose at the blood bank.")
        subj = w.pick(["WinRho due", "Rh neg - anti-D", f"{p['surname']} - WinRho"])
    s["frm"], s["to"] = addr(w, sf), [addr(w, inf)]
    s["subject"], s["text"] = subj, compose(w, lang, sf, body, to=inf)
    return s.finish()


# ---------------------------------------------------------------- P11 perinatal loss follow-up
def p_loss(w, lang):
    s = pos(w, "deuil_perinatal" if lang == "fr" else "perinatal_loss", lang,
            "perinatal loss, request for bereavement follow-up")
    ob, inf = w.pick([w.staff_pick("ob"), w.staff_pick("sf")]), w.staff_pick("inf")
    p = mother(w, lang, 0.3)
    s.t("diagnosis")
    nm = pname(w, p, lang, s)
    wk = w.r.randint(20, 38)
    ev = w.pick([(f"mort fœtale in utero à {wk} semaines", f"intrauterine fetal death at {wk} weeks"),
                 (f"fausse couche tardive à {min(wk, 21)} semaines", f"late miscarriage at {min(wk, 21)} weeks"),
                 ("décès néonatal à J2", "neonatal death on day 2")])
    if lang == "fr":
        body = (f"{nm} a vécu un(e) {ev[0]} le {fdate(rel_date(s['date'], -w.r.randint(2, 6)), lang, 1)}. "
                "Elle a reçu son congé hier.\nPourriez-vous lui offrir un suivi de deuil et une visite à domicile? "
                "Elle a accepté qu'on lui téléphone.")
        subj = w.pick(["Suivi de deuil périnatal", "Demande de suivi - deuil", "Référence CLSC"])
    else:
        body = (f"{nm} experienced an {ev[1]} on {fdate(rel_date(s['date'], -w.r.randint(2, 6)), lang, 1)}. "
                "She was discharged yesterday.\nCould you offer bereavement follow-up and a home visit? "
                "She agreed to be phoned.")
        subj = w.pick(["Perinatal bereavement follow-up", "Referral - bereavement", "CLSC referral"])
    if w.chance(0.6):
        s.t("patient_contact")
        body += ("\nCellulaire : " if lang == "fr" else "\nCell: ") + w.phone()
    s["frm"], s["to"] = addr(w, ob), [generic_box("clsc_peri") if w.chance(0.5) else addr(w, inf)]
    s["subject"], s["text"] = subj, compose(w, lang, ob, body)
    return s.finish()


# ---------------------------------------------------------------- P12 booking an ultrasound
def p_booking(w, lang):
    s = pos(w, "demande_rendez_vous" if lang == "fr" else "booking_request", lang,
            "booking an ultrasound / appointment for a named client")
    sf = w.staff_pick(w.pick(["sf", "adm"]))
    p = mother(w, lang, 0.55)
    wk, d = ga(w)
    dx = w.pick(DX)
    s.t("diagnosis")
    nm = pname(w, p, lang, s)
    idl = id_line(w, p, lang, s, 0.7, True, 0.2)
    if lang == "fr":
        body = (w.pick(["Serait-il possible de donner un rendez-vous en échographie obstétricale à :",
                        "Demande d'échographie de croissance pour :", "Pouvez-vous céduler une écho pour :"])
                + f"\n\n{nm}\n{idl}\nÂge gestationnel : {ga_str(wk, d, lang, r=w.r)}\nIndication : {L(dx, lang)}\n"
                f"Téléphone : {w.phone()}\n\nElle est disponible "
                + w.pick(["les avant-midis.", "en tout temps sauf le mercredi.", "après 15 h."]))
        s.t("patient_contact")
        subj = w.pick(["Demande de RV écho", "Rendez-vous échographie", f"Écho croissance - {p['surname']}", "Demande de rendez-vous"])
    else:
        body = (w.pick(["Could you book an obstetrical ultrasound for:", "Growth scan request for:"])
                + f"\n\n{nm}\n{idl}\nGA: {ga_str(wk, d, lang, r=w.r)}\nIndication: {L(dx, lang)}\nPhone: {w.phone()}\n\n"
                "She is available " + w.pick(["mornings.", "any day except Wednesday.", "after 3 pm."]))
        s.t("patient_contact")
        subj = w.pick(["Ultrasound booking", "Growth scan request", f"US booking - {p['surname']}"])
    s["frm"], s["to"] = addr(w, sf), [generic_box("echo")]
    s["subject"], s["text"] = subj, compose(w, lang, sf, body)
    return s.finish()


# ---------------------------------------------------------------- P13 on-call handover list
def p_handover(w, lang):
    s = pos(w, "passation_garde" if lang == "fr" else "on_call_handover", lang,
            "weekend on-call handover list of clients (HTML table)")
    sf = w.staff_pick("sf")
    rows = [["Cliente" if lang == "fr" else "Client", "AG" if lang == "fr" else "GA", "Particularités" if lang == "fr" else "Notes"]]
    lines = []
    s.t("patient_name", "diagnosis")
    used = set()
    for i in range(w.r.randint(3, 6)):
        p = mother(w, lang, 0.15, used)
        nm = f"{p['given']} {p['surname'][0]}." if w.chance(0.3) else (f"{p['surname']} {p['given']}" if w.chance(0.5) else full(p))
        wk, d = w.r.randint(36, 42), w.r.randint(0, 6)
        note = L(w.pick(DX + LABOUR[:2]), lang)
        if p.get("nam"):
            note += " - NAM " + pnam(w, p, s, 0)
        rows.append([nm, ga_str(wk, d, lang, 2), note])
        lines.append(f"- {nm}, {ga_str(wk, d, lang, 2)} : {note}")
    from gen_mime import html_table, text_to_html
    intro = ("Voici les clientes à surveiller pour la garde de la fin de semaine :" if lang == "fr"
             else "Clients to keep an eye on this weekend:")
    outro = ("Bonne garde, appelle-moi au besoin." if lang == "fr" else "Have a good shift, call me if needed.")
    text = compose(w, lang, sf, intro + "\n\n" + "\n".join(lines) + "\n\n" + outro, group=True)
    html = ("<html><body><p>" + intro + "</p>\n" + html_table(rows) + "\n<p>" + outro + "</p><p>" +
            sf["given"] + "</p></body></html>\n")
    s["html"] = html
    s["body"] = w.pick(["alt", "alt", "html"])
    s["frm"], s["to"] = addr(w, sf), [generic_box("all_sf")]
    s["subject"] = w.pick(["Passation de garde", "Liste garde fds", "Clientes à terme - garde"]) if lang == "fr" else \
        w.pick(["On-call handover", "Weekend list", "Term clients - on call"])
    s["text"] = text
    return s.finish()
