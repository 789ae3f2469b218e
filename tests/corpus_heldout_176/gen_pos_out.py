"""Positive templates, part 3: harm reduction outreach, hepatitis C, social services, forms, transfers."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, pname, dob, idblock, mrn, quote, outlook_quote, forward, earlier, inner_message, \
    spec, html_table, text_table, wrap_html


def _pick_unused(r, used, options):
    free = [o for o in options if o not in used]
    return r.choice(free or options)


def t_outreach_note(ctx):
    r = ctx.rng
    worker = ctx.staff(role="outreach|peer")
    n = r.randint(3, 5)
    ctx.t("patient_name", "medication", "social_information")
    items, used = [], []
    spots = L(ctx, ["sous le pont de la 4e Avenue", "halte-chaleur", "parc du Moulin", "stationnement du IGA", "Refuge Le Phare"],
              ["under the 4th Ave bridge", "warming centre", "Moulin park", "grocery store parking lot", "Le Phare shelter"])
    for i in range(n):
        p = ctx.patient(with_nam=False)
        nm = C.name_form(r, p, ctx.lang, ["full", "lower", "initial", "sur_first", "given"])
        what = _pick_unused(r, used, L(ctx, [
            "2 trousses de naloxone remises (a renversé une surdose samedi); matériel d'inhalation",
            "plaie d'injection cuisse G, rouge et chaude — référé(e) à l'infirmière, céphalexine débutée",
            "expulsé(e) de son logement la semaine dernière, dort dans sa voiture; veut reprendre la méthadone",
            "dépistage VHC capillaire positif, veut être traité(e); pas de carte RAMQ valide",
            "demande de bandelettes de détection du fentanyl; dit consommer du crystal meth 3x/sem.",
            "sortie de détention il y a 4 jours, plus de méthadone depuis — RDV accueil TAO demain 9 h"],
            ["2 naloxone kits given (reversed an OD Saturday); smoking supplies",
             "injection site wound L thigh, red and warm - referred to nurse, started cephalexin",
             "evicted last week, sleeping in car; wants to restart methadone",
             "fingerstick HCV screen positive, wants treatment; no valid health card",
             "asked for fentanyl test strips; says using crystal meth 3x/week",
             "released from detention 4 days ago, no methadone since - OAT intake tomorrow 9 am"]))
        used.append(what)
        items.append("- %s (%s) : %s" % (nm, r.choice(spots), what) if ctx.lang == "fr" else
                     "- %s (%s): %s" % (nm, r.choice(spots), what))
    txt = "\n".join(items)
    if not any(w in txt for w in ("expulsé", "evicted", "détention", "detention", "RAMQ", "health card")):
        p = ctx.patient(with_nam=False)
        items.append(L(ctx, "- %s (%s) : expulsé(e) de son logement, dort au refuge depuis lundi",
                       "- %s (%s): evicted, at the shelter since Monday") % (
            C.name_form(r, p, ctx.lang, ["full", "lower", "initial"]), r.choice(spots)))
    if not any(w in txt for w in ("naloxone", "méthadone", "methadone", "céphalexine", "cephalexin")):
        items[0] += L(ctx, "; naloxone remise", "; naloxone given")
    if any(w in txt for w in ("VHC", "HCV", "plaie", "wound")):
        ctx.t("diagnosis")
    if ctx.lang == "fr":
        body = ("Salut l'équipe,\n\nNotes de la tournée du %s (camionnette, 18 h - 23 h) :\n\n%s\n\n"
                "Stock restant : %d trousses naloxone, %d kits d'inhalation.\n\n%s" % (
                    C.fmt_date(ctx.date, "fr"), "\n".join(items), r.randint(4, 30), r.randint(10, 80),
                    C.signature(worker, "fr", "Équipe de proximité et réduction des méfaits")))
        subj = r.choice(["Notes de tournée", "Tournée de proximité — %s" % ctx.date.strftime("%d/%m"), "Retour tournée camionnette"])
    else:
        body = ("Hi team,\n\nNotes from the %s run (van, 6-11 pm):\n\n%s\n\nStock left: %d naloxone kits, %d smoking kits.\n\n%s" % (
            C.fmt_date(ctx.date, "en"), "\n".join(items), r.randint(4, 30), r.randint(10, 80),
            C.signature(worker, "en", "Outreach and Harm Reduction Team")))
        subj = r.choice(["Outreach notes", "Van run - %s" % ctx.date.strftime("%b %d"), "Outreach debrief"])
    return spec(ctx, "outreach_notes", L(ctx, "notes de tournée de proximité", "outreach run notes"),
                who(worker), [ext(L(ctx, "Équipe proximité", "Outreach team"), "proximite", C.DOM)], subj, body)


def t_outreach_vcard(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=False)
    worker = ctx.staff(role="outreach|peer")
    rn = ctx.staff(exclude=[worker], role="nurse")
    ctx.t("patient_name", "patient_contact", "diagnosis")
    tel = C.phone(r)
    note = L(ctx, "Client rencontré en tournée. Dépistage VHC +. Préfère texto. Ne pas laisser de message à sa mère.",
             "Met on outreach. HCV screen +. Prefers text. Do not leave messages with his/her mother.")
    card = A.vcard(p.given, p.surname, tel=tel, note=note, tel_type="CELL")
    if ctx.lang == "fr":
        body = ("Bonjour %s,\n\nVoici les coordonnées du client dont je t'ai parlé pour le dépistage VHC — il/elle "
                "accepte d'être appelé(e) pour un RDV à la clinique de traitement. Fiche contact jointe.\n\n%s" % (
                    rn[1], C.signature(worker, "fr", "Équipe de proximité")))
        subj = r.choice(["Coordonnées — client VHC", "Contact pour RDV hépatite C", "Fiche contact"])
    else:
        body = ("Hi %s,\n\nHere is the contact for the client I mentioned re HCV testing - OK to be called for a treatment "
                "clinic appointment. Contact card attached.\n\n%s" % (rn[1], C.signature(worker, "en", "Outreach Team")))
        subj = r.choice(["Contact - HCV client", "Contact for hep C appt", "Contact card"])
    fn = "%s %s.vcf" % (p.given, p.surname) if r.random() < 0.6 else "contact.vcf"
    return spec(ctx, "outreach_contact", L(ctx, "fiche contact vCard d'un client", "client contact vCard"),
                who(worker), [who(rn)], subj, body, attachments=[M.Att("vcf", fn, card)])


def t_hcv_referral(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    hep = ext(L(ctx, "Clinique d'hépatologie", "Hepatology clinic"), "hepatologie", C.HOSPITALS[0][1])
    ctx.t("diagnosis", "lab_result", "medication")
    vl = r.randint(120000, 6800000)
    gt = r.choice(["1a", "1b", "2", "3a"])
    alt = r.randint(45, 190)
    kpa = "%.1f" % r.uniform(5.2, 13.8)
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nRéférence pour traitement de l'hépatite C.\n\n%s\n\nAnti-VHC + (%s), ARN VHC %s UI/mL, "
                "génotype %s. ALT %d U/L, plaquettes %d, albumine 38, INR 1,0. FibroScan %s kPa.\nVIH nég., AgHBs nég., "
                "anti-HBs < 10 (à vacciner).\nTUO sous méthadone %d mg, stable; consomme encore par injection 1-2 fois/mois.\n"
                "Propose sofosbuvir-velpatasvir x 12 sem. avec dispensation à la pharmacie avec la méthadone.\n\n%s" % (
                    idblock(ctx, p, layout=r.choice(["lines", "inline"]), want_mrn=r.random() < 0.5),
                    (ctx.date - datetime.timedelta(days=60)).isoformat(), "{:,}".format(vl).replace(",", " "), gt, alt,
                    r.randint(120, 260), kpa.replace(".", ","), r.choice([60, 80, 100]), C.signature(md, "fr")))
        subj = r.choice(["Référence VHC", "Référence hépatologie — ARN VHC +", "Demande de traitement VHC"])
    else:
        body = ("Hello,\n\nReferral for hepatitis C treatment.\n\n%s\n\nAnti-HCV + (%s), HCV RNA %s IU/mL, genotype %s. "
                "ALT %d U/L, platelets %d, albumin 38, INR 1.0. FibroScan %s kPa.\nHIV neg, HBsAg neg, anti-HBs < 10 "
                "(needs vaccine).\nOUD on methadone %d mg, stable; still injects 1-2x/month.\nSuggest sofosbuvir-velpatasvir "
                "x 12 wk dispensed with methadone at pharmacy.\n\n%s" % (
                    idblock(ctx, p, layout=r.choice(["lines", "inline"]), want_mrn=r.random() < 0.5),
                    (ctx.date - datetime.timedelta(days=60)).isoformat(), "{:,}".format(vl), gt, alt, r.randint(120, 260),
                    kpa, r.choice([60, 80, 100]), C.signature(md, "en")))
        subj = r.choice(["HCV referral", "Hepatology referral - HCV RNA +", "Hep C treatment request"])
    return spec(ctx, "referral", L(ctx, "référence pour hépatite C", "hepatitis C referral"), who(md), [hep], subj, body)


def t_dpj(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="mother")
    sw = ctx.staff(role="sw")
    ctx.t("social_information", "medication", "diagnosis")
    kid = ctx.patient(with_nam=False, age=(0, 1))
    kid.surname = p.surname
    bd = ctx.date - datetime.timedelta(days=r.randint(2, 20))
    dpj = ext(L(ctx, "Intervenante DPJ — Réception et traitement des signalements", "Youth protection intake worker"),
              "signalements", "dpj-riveest.example")
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nSuite à notre échange téléphonique, voici les informations pour le dossier de %s.\n\n%s\n\n"
                "Mère suivie à notre clinique pour un trouble lié à l'usage des opioïdes, sous méthadone %d mg. "
                "Bébé né le %s à %s, surveillé pour syndrome de sevrage néonatal (score Finnegan max %d). "
                "Rechute à la cocaïne rapportée en fin de grossesse; conjoint avec antécédents de violence conjugale.\n"
                "La mère collabore et souhaite garder l'enfant; elle a accepté une place en hébergement mère-enfant.\n\n"
                "Je reste disponible pour la rencontre de concertation.\n\n%s" % (
                    pname(ctx, p), idblock(ctx, p, layout="lines"), r.choice([60, 80, 90]), bd.isoformat(),
                    C.HOSPITALS[1][0], r.randint(6, 12), C.signature(sw, "fr")))
        subj = r.choice(["Signalement — suivi", "Dossier DPJ — informations demandées", "Suivi de signalement (nouveau-né)"])
    else:
        body = ("Hello,\n\nFurther to our call, here is the information for %s's file.\n\n%s\n\n"
                "Mother followed at our clinic for opioid use disorder, on methadone %d mg. Baby born %s at %s, monitored "
                "for neonatal abstinence syndrome (max Finnegan %d). Cocaine relapse reported late in pregnancy; partner "
                "with history of intimate partner violence.\nMother is engaged and wants to keep the baby; she accepted a "
                "mother-child residential placement.\n\nAvailable for the case conference.\n\n%s" % (
                    pname(ctx, p), idblock(ctx, p, layout="lines"), r.choice([60, 80, 90]), bd.isoformat(),
                    C.HOSPITALS[1][0], r.randint(6, 12), C.signature(sw, "en")))
        subj = r.choice(["Youth protection report - follow-up", "DPJ file - requested information", "Newborn report follow-up"])
    return spec(ctx, "youth_protection", L(ctx, "suivi de signalement à la protection de la jeunesse",
                                         "youth protection follow-up"), who(sw), [dpj], subj, body)


def t_income_form(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=False)
    sw = ctx.staff(role="sw")
    md = ctx.staff(exclude=[sw], role="md")
    sin = C.make_sin(r)
    ctx.t("ca_sin", "patient_name", "diagnosis", "social_information", "date_of_birth", "patient_contact")
    ctx.ids.append(("ca_sin", sin))
    sin_txt = C.disguise(r, sin, [3, 3, 3], r.choice(["space", "hyphen", "plain", "dot", "odd"]))
    addr = C.home_address(r, ctx.lang)
    if ctx.lang == "fr":
        lines = [("h", "RAPPORT MÉDICAL — PROGRAMME DE SOLIDARITÉ SOCIALE (contraintes sévères)"), "",
                 "Nom : %s" % pname(ctx, p, ["upper_comma", "full"]), "Date de naissance : %s" % dob(ctx, p),
                 "NAS : %s" % sin_txt, "Adresse : %s" % addr, "",
                 "Diagnostic principal : trouble lié à l'usage des opioïdes, sévère, sous traitement (méthadone)",
                 "Diagnostics secondaires : trouble dépressif persistant; hépatite C traitée 2023",
                 "Limitations : incapacité à maintenir un horaire de travail régulier (prise observée quotidienne en pharmacie)",
                 "Durée prévue : plus de 12 mois", "", "Médecin : %s %s" % (md[0], C.staff_name(md)),
                 "Date : %s" % ctx.date.isoformat()]
        body = ("Bonjour,\n\nCi-joint le rapport médical complété pour la demande de contraintes sévères à l'emploi. "
                "Le client a un rendez-vous au bureau local le %s.\n\n%s" % (
                    (ctx.date + datetime.timedelta(days=9)).isoformat(), C.signature(sw, "fr")))
        subj = r.choice(["Rapport médical — solidarité sociale", "Formulaire SR-2100 complété", "Contraintes sévères — rapport"])
        fn = r.choice(["rapport_medical_%s.pdf" % p.surname, "SR-2100_complete.pdf", "formulaire aide sociale.pdf"])
        to = ext("Bureau de Services Québec — Lévisville", "solidarite.levisville", "servicesqc-riveest.example")
    else:
        lines = [("h", "ATTENDING PHYSICIAN STATEMENT - LONG-TERM DISABILITY"), "",
                 "Claimant: %s" % pname(ctx, p, ["upper_comma", "full"]), "Date of birth: %s" % dob(ctx, p),
                 "SIN: %s" % sin_txt, "Address: %s" % addr, "",
                 "Primary diagnosis: opioid use disorder, severe, on treatment (methadone)",
                 "Secondary: persistent depressive disorder; hepatitis C treated 2023",
                 "Restrictions: unable to keep regular work hours (daily witnessed dosing at pharmacy)",
                 "Expected duration: > 12 months", "Financial: currently on provincial income assistance", "",
                 "Physician: %s %s" % (md[0], C.staff_name(md)), "Date: %s" % ctx.date.isoformat()]
        body = ("Hello,\n\nAttached is the completed attending physician statement for the claim. The claimant can be "
                "reached through our office.\n\n%s" % C.signature(sw, "en"))
        subj = r.choice(["Attending physician statement", "LTD claim - APS completed", "Disability form"])
        fn = r.choice(["APS_%s.pdf" % p.surname, "APS_completed.pdf", "disability form.pdf"])
        to = ext("Claims - Maple Shield Insurance", "claims", "mapleshield.example")
    ctx.t("medication")
    return spec(ctx, "insurer_form", L(ctx, "formulaire médical pour aide sociale", "disability insurer form"),
                who(sw), [to], subj, body, attachments=[M.Att("pdf", fn, A.pdf(lines, title="Form"))])


def t_detention(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    inf = ext(L(ctx, "Service de santé — Centre de détention", "Health services - detention centre"), "sante",
              "detention-re.example")
    rn = ctx.staff(role="nurse")
    ctx.t("social_information", "medication")
    rel = ctx.date + datetime.timedelta(days=r.randint(1, 6))
    dose = r.choice([40, 55, 70, 90])
    if ctx.lang == "fr":
        body = ("Bonjour,\n\n%s sera libéré(e) le %s (fin de peine). Sous méthadone %d mg DIE en détention, dernière "
                "dose servie ici le matin de la sortie.\n%s\nRetour prévu chez son père à Port-Roussel. Pouvez-vous "
                "assurer la continuité (ordonnance à la pharmacie dès le lendemain)? Dernier ECG : QTc 441.\n\n"
                "Merci,\nInfirmière, service de santé\nCentre de détention de la Rive-Est — tél. 418-555-0180" % (
                    pname(ctx, p), rel.isoformat(), dose, idblock(ctx, p, layout="lines")))
        subj = r.choice(["Libération — continuité méthadone", "Sortie de détention — TAO", "Continuité de traitement à la libération"])
    else:
        body = ("Hello,\n\n%s will be released on %s (end of sentence). On methadone %d mg daily in custody, last dose "
                "given here the morning of release.\n%s\nGoing to live with father in Port-Roussel. Can you ensure "
                "continuity (Rx at pharmacy for the next day)? Last ECG QTc 441.\n\nThanks,\nNurse, Health Services\n"
                "Rive-Est Detention Centre - tel. 418-555-0180" % (pname(ctx, p), rel.isoformat(), dose,
                                                                     idblock(ctx, p, layout="lines")))
        subj = r.choice(["Release - methadone continuity", "Release from custody - OAT", "Continuity of care at release"])
    ctx.t("lab_result")
    return spec(ctx, "detention_release", L(ctx, "continuité du traitement à la sortie de détention",
                                          "continuity of OAT at release from custody"), inf, [who(rn)], subj, body)


def t_transfer_zip(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    ctx.t("medication", "lab_result", "diagnosis")
    dest = ext(L(ctx, "Clinique Le Relais (TAO)", "Kingsmere Community OAT Clinic"), "admission",
               L(ctx, "lerelais.example", "kingsmereoat.example"))
    ident = idblock(ctx, p, layout="lines", want_mrn=True)
    letter = [L(ctx, "Lettre de transfert de soins", "Transfer of care letter"), ident,
              L(ctx, "Trouble lié à l'usage des opioïdes, sévère, en rémission précoce sous traitement.",
                "Opioid use disorder, severe, in early remission on maintenance therapy."),
              L(ctx, "Traitement actuel : méthadone 90 mg DIE, 4 doses non supervisées/semaine.",
                "Current treatment: methadone 90 mg daily, 4 carries/week."),
              L(ctx, "Allergies : pénicilline (urticaire).", "Allergies: penicillin (hives).")]
    doc = A.docx(letter, author=C.staff_name(md), title="Transfer")
    rows = [L(ctx, "Date", "Date"), "Fentanyl", L(ctx, "Méthadone/EDDP", "Methadone/EDDP"), L(ctx, "Cocaïne", "Cocaine")]
    uds = [("h", L(ctx, "Historique DAU (6 derniers)", "UDS history (last 6)")), "  ".join(rows)]
    for i in range(6):
        d = ctx.date - datetime.timedelta(days=14 * (i + 1))
        uds.append("%s  %s  %s  %s" % (d.isoformat(), L(ctx, "nég", "neg") if i < 4 else "POS", "POS",
                                       L(ctx, "nég", "neg")))
    pdf = A.pdf(uds, title="UDS")
    base = C.fold("%s_%s" % (p.surname, p.given)).replace(" ", "_") if r.random() < 0.5 else "transfert"
    z = A.zipped([("%s/lettre_transfert.docx" % base if ctx.lang == "fr" else "%s/transfer_letter.docx" % base, doc),
                  ("%s/DAU_historique.pdf" % base if ctx.lang == "fr" else "%s/UDS_history.pdf" % base, pdf)])
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nTel que convenu, voici le dossier de transfert (archive ZIP : lettre et historique des DAU). "
                "Mot de passe envoyé par texto.\nDernière dose chez nous : %s.\n\n%s" % (
                    (ctx.date + datetime.timedelta(days=5)).isoformat(), C.signature(md, "fr")))
        subj = r.choice(["Transfert de soins TAO", "Dossier de transfert", "Transfert — documents"])
    else:
        body = ("Hello,\n\nAs agreed, here is the transfer package (ZIP: letter and UDS history). Password sent by text.\n"
                "Last dose with us: %s.\n\n%s" % ((ctx.date + datetime.timedelta(days=5)).isoformat(), C.signature(md, "en")))
        subj = r.choice(["OAT transfer of care", "Transfer package", "Transfer - documents"])
    return spec(ctx, "transfer_of_care", L(ctx, "dossier de transfert en archive ZIP", "transfer package as ZIP"),
                who(md), [dest], subj, body, attachments=[M.Att("zip", "%s.zip" % base, z)])


def t_naloxone_log(ctx):
    r = ctx.rng
    worker = ctx.staff(role="outreach|peer")
    mgr = ctx.staff(exclude=[worker], role="mgr")
    ctx.t("patient_name", "medication", "patient_contact")
    hdr = [L(ctx, "Date", "Date"), L(ctx, "Nom", "Name"), L(ctx, "Téléphone", "Phone"), L(ctx, "Trousses", "Kits"),
           L(ctx, "Formation", "Training"), L(ctx, "Note", "Note")]
    rows = [hdr]
    for i in range(r.randint(4, 8)):
        p = ctx.patient(with_nam=False)
        rows.append([(ctx.date - datetime.timedelta(days=r.randint(0, 6))).isoformat(),
                     C.name_form(r, p, ctx.lang, ["full", "sur_first", "lower"]),
                     C.phone(r) if (i == 0 or r.random() < 0.7) else "",
                     r.choice(["1", "2", "1 (nasal)"]), r.choice([L(ctx, "oui", "yes"), L(ctx, "non", "no")]),
                     r.choice(L(ctx, ["a utilisé sa trousse sur un ami", "", "consomme seul(e)", "sortie de détention", ""],
                                ["used kit on a friend", "", "uses alone", "just released from custody", ""]))])
    if any("détention" in x[5] or "custody" in x[5] or "seul" in x[5] or "alone" in x[5] for x in rows[1:]):
        ctx.t("social_information")
    fn = L(ctx, "registre_naloxone_%s.csv", "naloxone_log_%s.csv") % ctx.date.strftime("%Y%m%d")
    if ctx.lang == "fr":
        body = "Bonjour %s,\n\nRegistre de distribution de naloxone de la semaine, pour la reddition de comptes.\n\n%s" % (
            mgr[1], C.signature(worker, "fr", "Équipe de proximité"))
        subj = r.choice(["Registre naloxone — semaine", "Distribution naloxone (registre)"])
    else:
        body = "Hi %s,\n\nThis week's naloxone distribution log for reporting.\n\n%s" % (
            mgr[1], C.signature(worker, "en", "Outreach Team"))
        subj = r.choice(["Naloxone log - week", "Naloxone distribution log"])
    return spec(ctx, "naloxone_log", L(ctx, "registre nominatif de distribution de naloxone", "named naloxone distribution log"),
                who(worker), [who(mgr)], subj, body,
                attachments=[M.Att("csv", fn, A.csv_text(rows, ";" if ctx.lang == "fr" else ","))])


def t_wound_care(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    rn = ctx.staff(role="nurse")
    md = ctx.staff(exclude=[rn], role="md")
    ctx.t("diagnosis", "medication", "social_information")
    nm = pname(ctx, p, ["full", "title", "lower", "sur_first"])
    ident = ("\n" + idblock(ctx, p, layout="inline")) if p.nam else ""
    if ctx.lang == "fr":
        body = r.choice([
            "Salut %s,\n\nVu %s au refuge ce soir : abcès 4 x 3 cm au pli du coude D, fluctuant, pas de fièvre. "
            "Drainé, mèche. Peux-tu prescrire céphalexine 500 QID x 7 j + TMP-SMX DS BID (SARM communautaire ici)? "
            "Sans domicile, je repasse demain pour le pansement.%s\n\n%s",
            "%s,\n\n%s : cellulite jambe G qui progresse malgré 3 jours de céphalexine, T 38,4. Je pense que ça prend "
            "l'urgence. Il/elle refuse d'y aller seul(e) — dort dans un campement près de la track. Je l'accompagne?%s\n\n%s"])
        subj = r.choice(["abcès — ordonnance svp", "Plaie à revoir", "soins de plaie refuge"])
    else:
        body = r.choice([
            "Hi %s,\n\nSaw %s at the shelter tonight: 4 x 3 cm abscess R antecubital fossa, fluctuant, afebrile. "
            "I&D done, packed. Could you prescribe cephalexin 500 QID x 7 d + TMP-SMX DS BID (CA-MRSA around)? "
            "No fixed address, I'll come back tomorrow for dressing.%s\n\n%s",
            "%s,\n\n%s: L leg cellulitis spreading despite 3 days of cephalexin, T 38.4. I think it needs the ED. "
            "They refuse to go alone - sleeping in the encampment by the tracks. Should I go with them?%s\n\n%s"])
        subj = r.choice(["abscess - Rx please", "Wound to review", "shelter wound care"])
    body = body % (md[1], nm, ident, rn[1])
    return spec(ctx, "wound_care", L(ctx, "soins de plaie en proximité", "outreach wound care"), who(rn), [who(md)], subj,
                body + C.signature(rn, ctx.lang))


def t_housing_letter(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    sw = ctx.staff(role="sw")
    ctx.t("social_information", "diagnosis", "medication")
    ident = idblock(ctx, p, layout="lines")
    if ctx.lang == "fr":
        paras = ["Lévisville, le %s" % ctx.date.isoformat(), "Objet : lettre d'appui — logement social prioritaire", ident,
                 "Madame, Monsieur,",
                 "La personne nommée ci-dessus est suivie par notre service depuis %d mois pour un trouble lié à l'usage "
                 "des opioïdes; elle reçoit un traitement de méthadone et respecte son plan de soins." % r.randint(6, 40),
                 "Elle est actuellement en situation d'itinérance (refuge) après une éviction, et ses revenus se limitent "
                 "à l'aide sociale. Un logement stable est essentiel au maintien de son rétablissement.",
                 "Nous appuyons sa demande auprès de l'Office municipal d'habitation.",
                 "%s %s, %s" % (sw[0], C.staff_name(sw), sw[3])]
        body = "Bonjour,\n\nLettre d'appui jointe, signée.\n\n" + C.signature(sw, "fr")
        subj = r.choice(["Lettre d'appui logement", "Appui — demande HLM"])
        to = ext("Office municipal d'habitation de Lévisville", "demandes", "omh-levisville.example")
    else:
        paras = ["Lévisville, %s" % ctx.date.isoformat(), "Re: letter of support - priority social housing", ident,
                 "To whom it may concern,",
                 "The person named above has been followed by our service for %d months for opioid use disorder; they "
                 "receive methadone treatment and adhere to their care plan." % r.randint(6, 40),
                 "They are currently homeless (shelter) following an eviction, and their only income is social assistance. "
                 "Stable housing is essential to their recovery.",
                 "We support their application to the municipal housing office.",
                 "%s %s, %s" % (sw[0], C.staff_name(sw), sw[3])]
        body = "Hello,\n\nSigned support letter attached.\n\n" + C.signature(sw, "en")
        subj = r.choice(["Housing support letter", "Support - housing application"])
        to = ext("Lévisville Municipal Housing Office", "applications", "omh-levisville.example")
    doc = A.docx(paras, author=C.staff_name(sw), title="Lettre")
    fn = r.choice([L(ctx, "lettre_appui_logement.docx", "housing_support_letter.docx"),
                   "%s - %s.docx" % (L(ctx, "Lettre appui", "Support letter"), p.surname)])
    return spec(ctx, "support_letter", L(ctx, "lettre d'appui pour logement", "housing support letter"), who(sw), [to],
                subj, body, attachments=[M.Att("docx", fn, doc)])


TEMPLATES = [t_outreach_note, t_outreach_vcard, t_hcv_referral, t_dpj, t_income_form, t_detention, t_transfer_zip,
             t_naloxone_log, t_wound_care, t_housing_letter]
