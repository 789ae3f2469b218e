"""Positive templates, part 1: opioid agonist therapy clinic and pharmacy coordination."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, pname, dob, idblock, quote, outlook_quote, forward, earlier, inner_message, spec, \
    html_table, text_table, wrap_html


def _pharm(ctx):
    n, d, tel = ctx.pick(C.PHARMACIES)
    return n, d, tel


def _oat_drug(ctx):
    r = ctx.rng
    k = r.choice(["methadone", "methadone", "bupe", "bupe", "kadian"])
    if k == "methadone":
        dose = r.choice([35, 45, 60, 70, 80, 85, 90, 100, 110, 120, 135])
        s = L(ctx, r.choice(["Méthadone (Metadol-D 10 mg/mL) %d mg PO DIE" % dose,
                             "méthadone %d mg die (%s mL de solution 10 mg/mL)" % (dose, ("%.1f" % (dose / 10)).replace(".", ",")),
                             "Methadose %d mg po q24h" % dose]),
              r.choice(["Methadone (Metadol-D 10 mg/mL) %d mg PO daily" % dose, "methadone %d mg po od" % dose,
                        "Methadose %d mg PO q24h" % dose]))
        return k, dose, s
    if k == "bupe":
        dose = r.choice([4, 8, 12, 16, 20, 24])
        s = r.choice(["Suboxone %d mg/%d mg SL die" % (dose, dose // 4),
                      L(ctx, "buprénorphine-naloxone %d mg SL DIE" % dose, "buprenorphine/naloxone %d mg SL daily" % dose),
                      "bup/nx %d mg SL q24h" % dose])
        return k, dose, s
    dose = r.choice([200, 300, 400, 600, 800])
    return k, dose, L(ctx, "morphine à libération lente 24 h (Kadian) %d mg PO DIE, capsules ouvertes et saupoudrées, prise observée" % dose,
                      "slow-release oral morphine (Kadian) %d mg PO daily, witnessed, capsules opened and sprinkled" % dose)


def t_prescription(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    pn, pd, ptel = _pharm(ctx)
    k, dose, drug = _oat_drug(ctx)
    ctx.t("medication")
    start = ctx.date + datetime.timedelta(days=r.randint(1, 4))
    end = start + datetime.timedelta(days=r.choice([14, 28, 30]))
    ncar = r.choice([0, 1, 2, 4, 6])
    attach = r.random() < 0.45
    ctx.pdf_mode = attach
    if ctx.lang == "fr":
        carr = ("Prise observée quotidienne, aucune dose non supervisée." if ncar == 0 else
                "Prise observée %d jour(s)/semaine; %d dose(s) non supervisée(s) par semaine (%s)." % (
                    7 - ncar, ncar, r.choice(["sam. et dim.", "fin de semaine", "à remettre le vendredi", "jeudi au mardi"])))
        lines = ["ORDONNANCE — TRAITEMENT PAR AGONISTES OPIOÏDES", "", idblock(ctx, p, layout="lines"), "",
                 drug, carr, "Du %s au %s inclusivement." % (start.isoformat(), end.isoformat()),
                 "Aviser la clinique après 3 doses manquées consécutives : ne pas servir.",
                 "Pharmacie : %s (tél. %s)" % (pn, ptel), "", "%s %s, lic. %d" % (md[0], C.staff_name(md), r.randint(10000, 99999))]
        subj = r.choice(["Nouvelle ordonnance TAO", "Ordonnance méthadone — renouvellement", "Rx TAO à servir dès le %s" % start.strftime("%d/%m"),
                         "Ordonnance %s" % ("Suboxone" if k == "bupe" else "TAO")])
        intro = r.choice(["Bonjour,\n\nVoici le renouvellement de l'ordonnance. L'original est transmis par télécopieur ce jour.",
                          "Bonjour à l'équipe de la pharmacie,\n\nNouvelle ordonnance ci-dessous, elle remplace la précédente.",
                          "Bonjour,\nSuite à la visite de ce matin, changement de dose :"])
        outro = "Merci de confirmer la réception.\n"
    else:
        carr = ("Daily witnessed ingestion, no carries." if ncar == 0 else
                "Witnessed %d day(s)/week; %d carry dose(s) per week (%s)." % (
                    7 - ncar, ncar, r.choice(["Sat/Sun", "weekend", "dispense Friday", "Thu to Tue"])))
        lines = ["PRESCRIPTION — OPIOID AGONIST TREATMENT", "", idblock(ctx, p, layout="lines"), "",
                 drug, carr, "From %s to %s inclusive." % (start.isoformat(), end.isoformat()),
                 "Do not dispense after 3 consecutive missed doses; call the clinic.",
                 "Pharmacy: %s (tel. %s)" % (pn, ptel), "", "%s %s, lic. %d" % (md[0], C.staff_name(md), r.randint(10000, 99999))]
        subj = r.choice(["New OAT prescription", "Methadone Rx renewal", "Rx to start %s" % start.strftime("%b %d"),
                         "%s prescription" % ("Suboxone" if k == "bupe" else "OAT")])
        intro = r.choice(["Hi,\n\nPlease find the renewed prescription below. Original faxed today.",
                          "Hello pharmacy team,\n\nNew Rx below, replaces the previous one.",
                          "Hi,\nDose change after this morning's visit:"])
        outro = "Please confirm receipt.\n"
    atts = []
    if attach:
        fn = L(ctx, "ordonnance_TAO_%s.pdf" % start.strftime("%Y%m%d"), "OAT_Rx_%s.pdf" % start.strftime("%Y%m%d"))
        atts.append(M.Att("pdf", fn, A.pdf(lines, title=lines[0], author=C.staff_name(md))))
        body = intro + "\n\n" + L(ctx, "Voir l'ordonnance ci-jointe.", "See attached prescription.") + "\n" + outro
    else:
        body = intro + "\n\n" + "\n".join(lines[2:]) + "\n\n" + outro
    body += C.signature(md, ctx.lang)
    return spec(ctx, "prescription", L(ctx, "ordonnance TAO à la pharmacie", "OAT prescription to pharmacy"),
                who(md), [ext(pn, "labo", pd)], subj, body, attachments=atts,
                cc=[who(ctx.staff())] if r.random() < 0.3 else None)


def t_missed_doses(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    pn, pd, ptel = _pharm(ctx)
    pharmacist = ext(r.choice(["Geneviève Roberge, pharm.", "Alain Tousignant", "Kim Nguyen, RPh", "Farah Haddad"]),
                     r.choice(["tao", "methadone", "pharmacien"]), pd)
    md = ctx.staff(role="md")
    n = r.choice([2, 3, 4, 5])
    k, dose, drug = _oat_drug(ctx)
    ctx.t("medication")
    last = ctx.date - datetime.timedelta(days=n + 1)
    nm = pname(ctx, p)
    if ctx.lang == "fr":
        first = ("Bonjour,\n\n%s n'est pas venu(e) chercher sa dose depuis le %s (%d doses manquées consécutives). "
                 "Dernière dose servie : %s le %s.\n%s\nOn ne sert pas tant qu'on n'a pas de directive de votre part.\n\n"
                 "%s\n%s — %s" % (nm, C.fmt_date(last, "fr"), n, drug, last.isoformat(),
                                  idblock(ctx, p, layout="inline", name_forms=["full"]) if p.nam or r.random() < 0.5 else "",
                                  pharmacist[0], pn, ptel))
        reply = r.choice(["Merci de l'avis. Ne pas servir; il/elle doit passer à la clinique demain matin pour réévaluation.\n"
                          "Si vu(e), reprise à 50 % de la dose puis augmentation de 10 mg aux 3 jours selon tolérance.",
                          "Bien reçu. On l'a rejoint(e) ce matin, hospitalisé(e) depuis 3 jours à l'urgence de %s. "
                          "On vous envoie une nouvelle ordonnance à la sortie." % C.HOSPITALS[0][0],
                          "Ok merci. On annule les doses non supervisées pour l'instant. Nouvelle ordo suit."])
        subj = r.choice(["Doses manquées", "Doses manquées — %s" % p.surname.upper(), "TR: avis de doses manquées"])
    else:
        first = ("Hello,\n\n%s has not picked up since %s (%d consecutive missed doses). Last dose dispensed: %s on %s.\n%s\n"
                 "We are holding until we hear from you.\n\n%s\n%s — %s" % (
                     nm, C.fmt_date(last, "en"), n, drug, last.isoformat(),
                     idblock(ctx, p, layout="inline", name_forms=["full"]) if p.nam or r.random() < 0.5 else "",
                     pharmacist[0], pn, ptel))
        reply = r.choice(["Thanks for flagging. Please hold; patient needs to be reassessed at clinic tomorrow.\n"
                          "If seen, restart at 50% and titrate by 10 mg q3 days as tolerated.",
                          "Got it. Turns out they were admitted to %s three days ago. New Rx will follow at discharge." % C.HOSPITALS[2][0],
                          "OK thanks, carries cancelled for now, new Rx to follow."])
        subj = r.choice(["Missed doses", "Missed doses - %s" % p.surname, "FW: missed dose notice"])
    when = earlier(ctx)
    body = reply + "\n\n" + C.signature(md, ctx.lang) + "\n" + quote(ctx, first, pharmacist, when)
    return spec(ctx, "missed_doses", L(ctx, "réponse à un avis de doses manquées", "reply to a missed-dose notice"),
                who(md), [pharmacist], "Re: " + subj, body, reply_to_id=ctx.msgid("orig"))


def t_carry_request(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    rn = ctx.staff(role="nurse")
    md = ctx.staff(exclude=[rn], role="md")
    k, dose, drug = _oat_drug(ctx)
    ctx.t("medication", "lab_result", "social_information")
    months = r.randint(4, 30)
    nuds = r.randint(4, 12)
    if ctx.lang == "fr":
        social = r.choice(["travaille de nuit chez un transformateur alimentaire depuis mars, horaire 4 nuits/semaine",
                           "a repris la garde partagée de ses deux enfants (semaine/semaine)",
                           "déménage chez sa sœur à Port-Roussel, 40 min de la pharmacie, pas d'auto",
                           "retour aux études (DEP), cours le matin"])
        body = ("Bonjour %s,\n\nDemande d'augmentation des doses non supervisées pour %s.\n\n%s\n\n"
                "- Traitement actuel : %s, %d carry(s)/sem.\n- Stable depuis %d mois, aucune dose manquée.\n"
                "- DAU : %d négatifs consécutifs pour fentanyl/opioïdes non prescrits, dernier le %s (EDDP +%s).\n"
                "- Coffret barré à la maison : oui, vérifié.\n- Contexte : %s.\n\n"
                "Proposition : passer à %d doses non supervisées/semaine. Ton avis?\n\n%s" % (
                    md[1], pname(ctx, p), idblock(ctx, p), drug, r.randint(0, 3), months, nuds,
                    (ctx.date - datetime.timedelta(days=r.randint(2, 9))).isoformat(),
                    "" if k == "methadone" else "; buprénorphine +", social, r.randint(4, 6),
                    C.signature(rn, "fr")))
        subj = r.choice(["Demande de carries", "Carries — demande pour discussion", "Demande doses non supervisées"])
    else:
        social = r.choice(["started night shifts at the fish plant in March, 4 nights a week",
                           "now has shared custody of two kids (week on/week off)",
                           "moving in with sister in Port-Roussel, 40 min from pharmacy, no car",
                           "back in school, morning classes"])
        body = ("Hi %s,\n\nCarry increase request for %s.\n\n%s\n\n"
                "- Current: %s, %d carry/wk\n- Stable x %d months, no missed doses\n"
                "- UDS: %d consecutive negative for fentanyl/non-prescribed opioids, last %s%s\n"
                "- Lock box at home: yes, checked\n- Context: %s\n\n"
                "Proposal: %d carries/week. Thoughts?\n\n%s" % (
                    md[1], pname(ctx, p), idblock(ctx, p), drug, r.randint(0, 3), months, nuds,
                    (ctx.date - datetime.timedelta(days=r.randint(2, 9))).isoformat(),
                    " (EDDP +)" if k == "methadone" else " (bup +)", social, r.randint(4, 6), C.signature(rn, "en")))
        subj = r.choice(["Carry request", "Carries - for discussion", "Carry increase request"])
    return spec(ctx, "carry_request", L(ctx, "demande de doses non supervisées", "carry dose request"),
                who(rn), [who(md)], subj, body)


def t_dose_change(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    rn = ctx.staff(exclude=[md], role="nurse")
    ctx.t("medication", "lab_result")
    a = r.choice([60, 70, 80, 90, 100])
    b = a + r.choice([5, 10, -10])
    qtc = r.randint(418, 489)
    nm = pname(ctx, p, ["title", "lower", "initial", "full", "sur_first"])
    ident = idblock(ctx, p, layout="pipe") if p.nam else ("(%s)" % ctx_mrn(ctx) if r.random() < 0.6 else "")
    if ctx.lang == "fr":
        body = r.choice([
            "Salut,\n\n%s %s : monter méthadone %d -> %d mg à partir de demain. ECG ce matin QTc %d ms, K 4,1.\n"
            "Peux-tu aviser la pharmacie et mettre la nouvelle ordo au dossier?\n\nMerci!\n%s" % (nm, ident, a, b, qtc, md[1]),
            "%s %s\nmétha %d mg -> %d mg dès demain svp\nQTc %d (ECG du %s)\nDAU d'hier: fentanyl +\nmerci\n%s" % (
                nm, ident, a, b, qtc, ctx.date.strftime("%d/%m"), md[1][0] + ". " + md[2])])
        subj = r.choice(["changement de dose", "dose %s" % p.surname, "métha — ajustement", "à faire svp"])
    else:
        body = r.choice([
            "Hi,\n\n%s %s: increase methadone %d -> %d mg starting tomorrow. ECG this am QTc %d ms, K 4.1.\n"
            "Could you let the pharmacy know and file the new Rx?\n\nThanks!\n%s" % (nm, ident, a, b, qtc, md[1]),
            "%s %s\nmethadone %d -> %d mg from tmrw pls\nQTc %d (ECG %s)\nUDS yesterday: fent +\nthx\n%s" % (
                nm, ident, a, b, qtc, ctx.date.strftime("%m/%d"), md[1][0] + ". " + md[2])])
        subj = r.choice(["dose change", "dose %s" % p.surname, "methadone titration", "to do pls"])
    return spec(ctx, "dose_change", L(ctx, "note rapide de changement de dose", "quick dose change note"),
                who(md), [who(rn)], subj, body)


def ctx_mrn(ctx):
    from gen_tpl import mrn
    return mrn(ctx)


def t_guest_dosing(ctx):
    r = ctx.rng
    from gen_pos_ids import next_foreign
    kind = next_foreign(ctx)
    p = ctx.patient(with_nam=False, lang=ctx.lang)
    k, dose, drug = _oat_drug(ctx)
    ctx.t("medication", "patient_name", "date_of_birth")
    arrive = ctx.date + datetime.timedelta(days=r.randint(3, 12))
    leave = arrive + datetime.timedelta(days=r.randint(5, 21))
    last = arrive - datetime.timedelta(days=1)
    me = ctx.staff(role="nurse|clerk")
    if kind == "ohip":
        num, vc = C.make_ohip(r)
        ctx.t("ca_health_number")
        ctx.ids.append(("ca_health_number", num))
        idtxt = "%s %s" % (C.disguise(r, num, [4, 3, 3], r.choice(["space", "hyphen", "plain", "dot"])), vc)
        idlbl = L(ctx, "No carte santé Ontario", "Ontario health card")
        sender = ext("Dr. Miriam Castellano", "mcastellano", "kingsmereoat.example")
        org = "Kingsmere Community OAT Clinic, 22 Albert Street, Kingsmere ON K0X 2B0, tel. 613-555-0175"
    elif kind == "niss":
        num = C.make_niss(r, p.dob, p.sex)
        ctx.t("be_niss")
        ctx.ids.append(("be_niss", num))
        idtxt = r.choice(["%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]), num,
                          C.disguise(r, num, [6, 3, 2], "space")])
        idlbl = L(ctx, "NISS", "Belgian national number (NISS)")
        sender = ext("Dr Quentin Verhaegen", "q.verhaegen", "lepassage-namur.example")
        org = "Centre Le Passage — traitement de substitution, rue de Fer 12, 5000 Namur, Belgique, +32 81 55 01 77"
    else:
        num = C.make_nir(r, p.dob, p.sex)
        ctx.t("fr_nir")
        ctx.ids.append(("fr_nir", num))
        idtxt = r.choice(["%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]),
                          num, C.disguise(r, num, [1, 2, 2, 2, 3, 3, 2], "dot")])
        idlbl = "NIR"
        sender = ext("Dr Hélène Marchetti", "h.marchetti", "csapa-horizon.example")
        org = "CSAPA Horizon, 14 rue des Tanneurs, 69007 Lyon, France, 04 55 01 01 88"
    nm = pname(ctx, p, ["full", "upper_comma", "title_full"])
    d = C.fmt_dob(r, p.dob, ctx.lang)
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nNous suivons %s (né(e) le %s, %s : %s) pour un trouble lié à l'usage des opioïdes. "
                "Séjour prévu dans votre région du %s au %s (visite familiale).\n\nTraitement : %s.\n"
                "Dernière dose servie chez nous : %s. Dernier dépistage urinaire : %s.\n\n"
                "Pourriez-vous organiser un dépannage (guest dosing) avec une pharmacie près de %s? "
                "Je peux faxer l'ordonnance et le dossier de traitement sur demande.\n\nBien cordialement,\n%s\n%s\n" % (
                    nm, d, idlbl, idtxt, arrive.isoformat(), leave.isoformat(), drug, last.isoformat(),
                    r.choice(["négatif sauf méthadone", "positif cannabis uniquement", "négatif"]),
                    r.choice(["Lévisville", "Saint-Aubin-de-la-Rive"]), sender[0], org))
        subj = r.choice(["Demande de dépannage méthadone", "Dépannage TAO — patient(e) de passage", "Demande de guest dosing"])
    else:
        body = ("Hello,\n\nWe follow %s (DOB %s, %s: %s) for opioid use disorder. They will be staying in your area "
                "from %s to %s (family visit).\n\nCurrent treatment: %s.\nLast dose with us: %s. Last UDS: %s.\n\n"
                "Could you arrange guest dosing at a pharmacy near Lévisville? I can fax the Rx and treatment summary "
                "on request.\n\nKind regards,\n%s\n%s\n" % (
                    nm, d, idlbl, idtxt, arrive.isoformat(), leave.isoformat(), drug, last.isoformat(),
                    r.choice(["negative except methadone", "positive for THC only", "negative"]), sender[0], org))
        subj = r.choice(["Guest dosing request", "Guest dosing - visiting patient", "Request: temporary OAT dispensing"])
    ctx.t("lab_result", "diagnosis")
    return spec(ctx, "guest_dosing", L(ctx, "demande de dépannage pour patient de passage", "guest dosing request"),
                sender, [ext(L(ctx, "Clinique TAO", "OAT clinic"), "tao", C.DOM)], subj, body,
                cc=[who(me)] if r.random() < 0.3 else None)


UDS_ANALYTES = [("Fentanyl", "1 ng/mL"), ("Norfentanyl", "1 ng/mL"), ("Méthadone/EDDP", "100 ng/mL"),
                ("Buprénorphine", "5 ng/mL"), ("Norbuprénorphine", "5 ng/mL"), ("Opiacés", "300 ng/mL"),
                ("Oxycodone", "100 ng/mL"), ("Amphétamines", "500 ng/mL"), ("Cocaïne (benzoylecgonine)", "150 ng/mL"),
                ("Benzodiazépines", "200 ng/mL"), ("Cannabis (THC-COOH)", "50 ng/mL"), ("Créatinine", "> 2 mmol/L")]
UDS_EN = {"Méthadone/EDDP": "Methadone/EDDP", "Buprénorphine": "Buprenorphine", "Norbuprénorphine": "Norbuprenorphine",
          "Opiacés": "Opiates", "Amphétamines": "Amphetamines", "Cocaïne (benzoylecgonine)": "Cocaine (benzoylecgonine)",
          "Benzodiazépines": "Benzodiazepines", "Créatinine": "Creatinine"}


def _uds_rows(ctx, k):
    r = ctx.rng
    rows = []
    for a, cut in UDS_ANALYTES:
        name = a if ctx.lang == "fr" else UDS_EN.get(a, a)
        if a == "Créatinine":
            res = "%.1f mmol/L" % r.uniform(3, 18)
        elif a.startswith("Méthadone"):
            res = L(ctx, "POSITIF", "POSITIVE") if k == "methadone" else L(ctx, "nég.", "neg")
        elif "uprén" in a:
            res = L(ctx, "POSITIF", "POSITIVE") if k == "bupe" and r.random() < 0.85 else L(ctx, "nég.", "neg")
        else:
            res = L(ctx, "POSITIF", "POSITIVE") if r.random() < 0.28 else L(ctx, "nég.", "neg")
        rows.append((name, res, cut))
    return rows


def t_uds_result(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    k = r.choice(["methadone", "bupe"])
    ctx.t("lab_result")
    coll = ctx.date - datetime.timedelta(days=r.randint(1, 4))
    rows = _uds_rows(ctx, k)
    lab = ext(L(ctx, "Laboratoire régional Rive-Est", "Rive-Est Regional Laboratory"), "toxicologie", "labo-riveest.example")
    md = ctx.staff(role="md")
    hdr = [L(ctx, "Analyse", "Test"), L(ctx, "Résultat", "Result"), L(ctx, "Seuil", "Cut-off")]
    ident = idblock(ctx, p, layout="lines", want_mrn=True)
    mode = r.choice(["html", "csv", "text"])
    if ctx.lang == "fr":
        pre = ("Résultats de dépistage urinaire (immunoessai, confirmation LC-MS/MS)\n\n%s\nPrélèvement : %s %02d:%02d\n"
               "Demandeur : %s %s" % (ident, coll.isoformat(), r.randint(7, 15), r.randint(0, 59), md[0], C.staff_name(md)))
        post = "Résultats validés. Ne pas répondre à ce courriel — pour toute question : poste 4410."
        subj = r.choice(["Résultats DAU", "Résultat toxicologie urinaire", "Dépistage urinaire — résultats validés"])
    else:
        pre = ("Urine drug screen results (immunoassay, LC-MS/MS confirmation)\n\n%s\nCollected: %s %02d:%02d\n"
               "Ordering: %s %s" % (ident, coll.isoformat(), r.randint(7, 15), r.randint(0, 59), md[0], C.staff_name(md)))
        post = "Results verified. Do not reply to this e-mail - questions: ext. 4410."
        subj = r.choice(["UDS results", "Urine toxicology result", "Urine drug screen - verified"])
    atts, html = [], None
    if mode == "html":
        html = wrap_html(ctx, pre, html_table([hdr] + rows), post)
        body = pre + "\n\n" + text_table([hdr] + rows) + "\n\n" + post + "\n"
    elif mode == "csv":
        body = pre + "\n\n" + L(ctx, "Voir fichier joint.", "See attached file.") + "\n\n" + post + "\n"
        atts.append(M.Att("csv", "uds_%s_%s.csv" % (coll.strftime("%Y%m%d"), r.randint(1000, 9999)),
                          A.csv_text([hdr] + rows, delim=";" if ctx.lang == "fr" else ",")))
    else:
        body = pre + "\n\n" + text_table([hdr] + rows) + "\n\n" + post + "\n"
    return spec(ctx, "uds_result", L(ctx, "résultats de dépistage urinaire", "urine drug screen results"),
                lab, [who(md)], subj, body, attachments=atts, html=html)


def t_uds_followup(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    a = ctx.staff(role="md|nurse")
    b = ctx.staff(exclude=[a], role="md|nurse")
    ctx.t("lab_result", "medication")
    d = ctx.date - datetime.timedelta(days=r.randint(2, 8))
    nm = pname(ctx, p, ["title", "full", "initial", "lower", "sur_first", "upper_comma"])
    extra = ("\n" + idblock(ctx, p, layout="inline")) if p.nam else ""
    if ctx.lang == "fr":
        body = r.choice([
            "Bonjour %s,\n\nLe DAU de %s du %s revient négatif pour buprénorphine ET norbuprénorphine alors qu'%s a 6 doses "
            "non supervisées/semaine (Suboxone 16 mg). Deuxième fois en 2 mois. Je propose de revenir à la prise observée "
            "et d'en discuter en rencontre d'équipe jeudi.%s\n\n%s",
            "Bonjour %s,\n\nPour info, %s : DAU du %s positif fentanyl + norfentanyl, méthamphétamine +. "
            "Elle/il rapporte une rechute après le décès d'un ami. Méthadone 75 mg : on monte à 85 mg et on suspend les "
            "carries. Prévoir naloxone à la prochaine visite.%s\n\n%s"])
        body = body % (b[1], nm, d.strftime("%d/%m"), r.choice(["elle", "il"]), extra, a[1]) if body.count("%s") == 6 else \
            body % (b[1], nm, d.strftime("%d/%m"), extra, a[1])
        subj = r.choice(["DAU à discuter", "Résultat DAU préoccupant", "Suivi DAU"])
    else:
        body = r.choice([
            "Hi %s,\n\n%s's UDS from %s came back negative for buprenorphine AND norbuprenorphine while on 6 carries/week "
            "(Suboxone 16 mg). Second time in 2 months. I suggest going back to witnessed dosing and discussing at team "
            "rounds Thursday.%s\n\n%s",
            "Hi %s,\n\nFYI %s: UDS %s positive fentanyl + norfentanyl, methamphetamine +. Reports relapse after a friend's "
            "death. On methadone 75 mg - going up to 85 and holding carries. Please offer naloxone kit next visit.%s\n\n%s"])
        body = body % (b[1], nm, d.strftime("%b %d"), extra, a[1])
        subj = r.choice(["UDS to discuss", "Concerning UDS", "UDS follow-up"])
    return spec(ctx, "uds_followup", L(ctx, "suivi d'un dépistage urinaire", "urine screen follow-up"),
                who(a), [who(b)], subj, body + C.signature(a, ctx.lang))


def t_lost_carry(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    pn, pd, ptel = _pharm(ctx)
    ph = ext(r.choice(["Mélissa Gauvreau", "Yves Lessieux", "Dana Whitlock"]), "rx", pd)
    rn = ctx.staff(role="nurse")
    md = ctx.staff(exclude=[rn], role="md")
    ctx.t("medication", "social_information")
    k, dose, drug = _oat_drug(ctx)
    nm = pname(ctx, p)
    if ctx.lang == "fr":
        inner = ("Bonjour,\n\n%s s'est présenté(e) ce matin : ses 3 doses non supervisées (%s) auraient été volées "
                 "dans son logement hier soir — ex-conjoint entré par effraction, rapport de police no %d-%06d. "
                 "Elle/il demande un remplacement. Selon notre politique on ne remplace pas sans accord du prescripteur.\n"
                 "%s\n\n%s, pharmacien(ne)\n%s, %s" % (nm, drug, 2024, r.randint(1, 999999),
                                                     idblock(ctx, p, layout="inline", name_forms=["full"]) if p.nam else "",
                                                     ph[0], pn, ptel))
        top = ("%s,\n\nVoir ci-dessous. Je lui ai parlé : situation de violence conjugale, elle/il est hébergé(e) "
               "chez une amie cette semaine. Peux-tu autoriser le remplacement de la dose d'aujourd'hui seulement, "
               "et on revoit les carries lundi?\n\n%s" % (md[1], rn[1]))
        subj = "TR: Doses non supervisées déclarées volées"
        isub = "Doses non supervisées déclarées volées"
    else:
        inner = ("Hello,\n\n%s came in this morning: their 3 carry doses (%s) were reportedly stolen from their apartment "
                 "last night - ex-partner broke in, police report #%d-%06d. They are asking for a replacement. Our policy "
                 "is no replacement without prescriber approval.\n%s\n\n%s, pharmacist\n%s, %s" % (
                     nm, drug, 2024, r.randint(1, 999999),
                     idblock(ctx, p, layout="inline", name_forms=["full"]) if p.nam else "", ph[0], pn, ptel))
        top = ("%s,\n\nSee below. I spoke with them: domestic violence situation, staying with a friend this week. "
               "Can you authorize replacing today's dose only, and we review carries Monday?\n\n%s" % (md[1], rn[1]))
        subj = "FW: Carry doses reported stolen"
        isub = "Carry doses reported stolen"
    when = earlier(ctx, 1, 5)
    body = top + "\n\n" + forward(ctx, inner, ph, ext(L(ctx, "Clinique TAO", "OAT clinic"), "tao", C.DOM), when, isub)
    return spec(ctx, "lost_carry", L(ctx, "transfert d'un avis de doses volées", "forwarded stolen carry notice"),
                who(rn), [who(md)], subj, body)


def t_sublocade_appt(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    rn = ctx.staff(role="nurse")
    ctx.t("medication")
    start = datetime.datetime.combine(ctx.date + datetime.timedelta(days=r.randint(2, 20)),
                                      datetime.time(r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30, 45])))
    dose = r.choice(["300 mg", "100 mg", "300 mg (2e dose de charge)"])
    nm = pname(ctx, p, ["full", "upper_comma", "title_full", "sur_first"])
    phone_txt = ""
    if r.random() < 0.5:
        ctx.t("patient_contact")
        phone_txt = L(ctx, " Joindre au %s (cell. perso).", " Reach at %s (personal cell).") % C.phone(r)
    extra = idblock(ctx, p, layout="inline") if p.nam else ""
    desc = L(ctx, "Injection SC Sublocade %s — %s. Dernière dose SL de buprénorphine la veille.%s %s",
             "Sublocade %s SC injection - %s. Last SL buprenorphine dose the day before.%s %s") % (dose, nm, phone_txt, extra)
    summary = L(ctx, "Sublocade %s — %s", "Sublocade %s - %s") % (dose.split(" (")[0], nm)
    ics = A.ics("%s@%s" % (ctx.msgid("ics").split("@")[0], C.DOM), start, 30, summary, desc,
                L(ctx, "Clinique TAO, salle 3", "OAT clinic, room 3"), organizer=(C.staff_name(rn), C.staff_addr(rn)))
    if ctx.lang == "fr":
        body = "Rendez-vous planifié pour l'injection mensuelle. Voir l'invitation.\n\n" + C.signature(rn, "fr")
        subj = r.choice(["Invitation : injection Sublocade", "RDV injection", "Invitation: %s" % summary])
    else:
        body = "Monthly injection booked. See invite.\n\n" + C.signature(rn, "en")
        subj = r.choice(["Invitation: Sublocade injection", "Injection appt", "Invitation: %s" % summary])
    return spec(ctx, "sublocade_appt", L(ctx, "invitation de rendez-vous d'injection", "injection appointment invite"),
                who(rn), [ext(L(ctx, "Agenda clinique TAO", "OAT clinic calendar"), "agenda-tao", C.DOM)], subj, body,
                attachments=[M.Att("ics", "invite.ics", ics, method="REQUEST")])


def t_induction_plan(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    pn, pd, ptel = _pharm(ctx)
    ctx.t("medication", "diagnosis", "patient_name")
    day0 = ctx.date + datetime.timedelta(days=r.randint(2, 6))
    steps = [(0, "0,5 mg", "0.5 mg"), (1, "0,5 mg BID", "0.5 mg BID"), (2, "1 mg BID", "1 mg BID"), (3, "2 mg BID", "2 mg BID"),
             (4, "3 mg BID", "3 mg BID"), (5, "4 mg BID", "4 mg BID"), (6, "12 mg DIE", "12 mg daily"), (7, "16 mg DIE", "16 mg daily")]
    full = r.choice(["fentanyl non prescrit (~1 g/j fumé)", "hydromorphone 8 mg QID (approvisionnement plus sécuritaire)",
                     "méthadone 60 mg (transition)"]) if ctx.lang == "fr" else \
        r.choice(["street fentanyl (~1 g/day smoked)", "hydromorphone 8 mg QID (safer supply)", "methadone 60 mg (transition)"])
    table = [[L(ctx, "Jour", "Day"), L(ctx, "Date", "Date"), L(ctx, "Buprénorphine SL", "Buprenorphine SL"),
              L(ctx, "Agoniste complet", "Full agonist")]]
    for d, fr, en in steps:
        table.append([str(d), (day0 + datetime.timedelta(days=d)).isoformat(), L(ctx, fr, en),
                      L(ctx, "poursuivre", "continue") if d < 6 else L(ctx, "cesser", "stop")])
    paras = [L(ctx, "Plan de micro-induction (méthode de Berne)", "Micro-induction plan (Bern method)"),
             idblock(ctx, p, layout="lines"),
             L(ctx, "Diagnostic : trouble lié à l'usage des opioïdes, sévère.", "Diagnosis: opioid use disorder, severe."),
             L(ctx, "Usage actuel : ", "Current use: ") + full,
             L(ctx, "Pharmacie : ", "Pharmacy: ") + "%s, %s" % (pn, ptel)]
    doc = A.docx(paras, table=table, author=C.staff_name(md), title="Plan")
    fn = r.choice(["Plan_microinduction_%s_%s.docx" % (p.surname, p.given), "micro-induction %s.docx" % p.surname.upper(),
                   "%s_%s_plan_bup.docx" % (p.surname, p.given[0])])
    fn = C.fold(fn).replace(" ", "_") if r.random() < 0.5 else fn
    if ctx.lang == "fr":
        body = r.choice(["Bonjour,\n\nCi-joint le plan de micro-induction qui commence %s. La pharmacie a reçu l'ordonnance.\n",
                         "Plan ci-joint pour la micro-induction de %s. Merci de l'imprimer pour le dossier.\n"]) % C.fmt_date(day0, "fr")
        subj = r.choice(["Plan de micro-induction", "Micro-induction — plan", "Plan bup"])
    else:
        body = r.choice(["Hi,\n\nAttached is the micro-induction plan starting %s. Pharmacy has the Rx.\n",
                         "Plan attached for the micro-induction starting %s. Please print for the chart.\n"]) % C.fmt_date(day0, "en")
        subj = r.choice(["Micro-induction plan", "Bup micro-induction - plan", "Plan attached"])
    return spec(ctx, "induction_plan", L(ctx, "plan de micro-induction en pièce jointe", "attached micro-induction plan"),
                who(md), [ext(pn, "labo", pd), who(ctx.staff(exclude=[md]))], subj, body + C.signature(md, ctx.lang),
                attachments=[M.Att("docx", fn, doc)])


def t_qtc_followup(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    card = ext(L(ctx, "Dr Pascal Quirion (cardiologie)", "Dr. Pascal Quirion (Cardiology)"), "pquirion", C.HOSPITALS[0][1])
    ctx.t("lab_result", "medication")
    dose = r.choice([110, 120, 140, 160])
    qtc = r.randint(488, 521)
    k = "%.1f" % r.uniform(3.0, 3.5)
    mg = "%.2f" % r.uniform(0.60, 0.72)
    nm = pname(ctx, p)
    ident = idblock(ctx, p, layout=r.choice(["lines", "inline"]), want_mrn=r.random() < 0.5)
    if ctx.lang == "fr":
        body = ("Bonjour Dr Quirion,\n\nJ'aimerais votre avis pour %s.\n\n%s\n\n"
                "Méthadone %d mg DIE depuis 8 mois. ECG du %s : QTc %d ms (Bazett), rythme sinusal. "
                "Labos : K %s mmol/L, Mg %s mmol/L. Prend aussi citalopram 20 mg et ondansétron PRN.\n"
                "Pas de syncope. Nous envisageons une rotation vers la buprénorphine.\n\nMerci,\n%s" % (
                    nm, ident, dose, ctx.date.isoformat(), qtc, k.replace(".", ","), mg.replace(".", ","), C.signature(md, "fr")))
        subj = r.choice(["Avis cardio — QTc long sous méthadone", "QTc %d ms — demande d'avis" % qtc, "Demande de consultation cardiologie"])
    else:
        body = ("Dear Dr. Quirion,\n\nI would appreciate your opinion on %s.\n\n%s\n\n"
                "Methadone %d mg daily for 8 months. ECG %s: QTc %d ms (Bazett), sinus rhythm. Labs: K %s mmol/L, "
                "Mg %s mmol/L. Also on citalopram 20 mg and ondansetron PRN.\nNo syncope. We are considering rotation to "
                "buprenorphine.\n\nThanks,\n%s" % (nm, ident, dose, ctx.date.isoformat(), qtc, k, mg, C.signature(md, "en")))
        subj = r.choice(["Cardiology opinion - prolonged QTc on methadone", "QTc %d ms - advice please" % qtc, "Cardiology consult request"])
    return spec(ctx, "qtc_consult", L(ctx, "demande d'avis sur QTc prolongé", "prolonged QTc consult request"),
                who(md), [card], subj, body)


def t_subject_only(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=False)
    rn = ctx.staff(role="nurse")
    md = ctx.staff(exclude=[rn], role="md")
    ctx.t("patient_name", "medication")
    if ctx.lang == "fr":
        subj = r.choice(["%s — dose vomie", "Re: %s métha ce soir?", "%s : dose à redonner?"]) % r.choice(
            [p.surname.upper(), "%s %s" % (p.given, p.surname), "%s %s" % (p.title("fr"), p.surname)])
        body = r.choice(["Elle a vomi sa dose 20 min après la prise observée à la pharmacie (vu par le pharmacien). "
                         "Pharmacie demande si on redonne 50 %%. Dose actuelle 95 mg.\n\n%s",
                         "Il dit avoir vomi sa dose de 8 h. Pas témoin. On ne redonne pas selon le protocole, "
                         "mais on peut lui offrir de l'ondansétron. OK pour toi?\n\n%s"]) % rn[1]
    else:
        subj = r.choice(["%s - vomited dose", "Re: %s methadone tonight?", "%s: redose?"]) % r.choice(
            [p.surname, "%s %s" % (p.given, p.surname), "%s %s" % (p.title("en"), p.surname)])
        body = r.choice(["She vomited 20 min after witnessed dose at the pharmacy (pharmacist saw it). "
                         "Pharmacy asking if we replace 50%%. Current dose 95 mg.\n\n%s",
                         "He says he vomited his 8 am dose. Not witnessed. Per protocol we don't replace, "
                         "but we can offer ondansetron. OK with you?\n\n%s"]) % rn[1]
    return spec(ctx, "vomited_dose", L(ctx, "nom seulement dans l'objet, dose vomie", "name only in subject, vomited dose"),
                who(rn), [who(md)], subj, body)


def t_filename_only(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=False)
    md = ctx.staff(role="md")
    rn = ctx.staff(exclude=[md], role="nurse")
    ctx.t("patient_name", "lab_result")
    coll = ctx.date - datetime.timedelta(days=r.randint(1, 5))
    rows = _uds_rows(ctx, r.choice(["methadone", "bupe"]))
    lines = [("h", L(ctx, "Dépistage urinaire — résultats", "Urine drug screen - results")),
             L(ctx, "Prélèvement : ", "Collected: ") + coll.isoformat()] + ["%s : %s (seuil %s)" % x if ctx.lang == "fr"
                                                                             else "%s: %s (cut-off %s)" % x for x in rows]
    fn = r.choice(["DAU_%s_%s_%s.pdf" % (p.surname, p.given, coll.isoformat()),
                   "UDS %s %s %s.pdf" % (p.given, p.surname, coll.strftime("%Y%m%d")),
                   "%s.%s_tox.pdf" % (p.surname.lower(), p.given[0].lower())])
    if ctx.lang == "fr":
        body = r.choice(["Résultats ci-joints. Fentanyl encore positif, on en parle à sa visite de mardi?\n\n%s",
                         "Voir pj. Le labo a appelé pour dire que la créatinine était basse (dilution?).\n\n%s"]) % rn[1]
        subj = r.choice(["résultats", "DAU", "tox urinaire"])
    else:
        body = r.choice(["Results attached. Fentanyl still positive, shall we discuss at Tuesday's visit?\n\n%s",
                         "See attached. Lab called to say creatinine was low (dilute?).\n\n%s"]) % rn[1]
        subj = r.choice(["results", "UDS", "urine tox"])
    return spec(ctx, "uds_attachment", L(ctx, "nom seulement dans le nom du fichier joint", "name only in attachment file name"),
                who(rn), [who(md)], subj, body, attachments=[M.Att("pdf", fn, A.pdf(lines, title="UDS"))])


def t_benzo_taper(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="elder_ok")
    md = ctx.staff(role="md")
    pn, pd, ptel = _pharm(ctx)
    ctx.t("medication", "diagnosis")
    start = ctx.date + datetime.timedelta(days=3)
    dose = r.choice([4.0, 3.0, 2.0])
    rows = [[L(ctx, "Semaine", "Week"), L(ctx, "Du", "From"), L(ctx, "Clonazépam AM (mg)", "Clonazepam AM (mg)"),
             L(ctx, "Clonazépam HS (mg)", "Clonazepam HS (mg)"), L(ctx, "Total/jour", "Daily total")]]
    w = 0
    while dose > 0:
        am = round(dose / 2 - 0.25, 2) if dose >= 1 else 0
        hs = round(dose - am, 2)
        rows.append([w + 1, (start + datetime.timedelta(weeks=w)).isoformat(), am, hs, dose])
        dose = round(dose - 0.5, 2)
        w += 1
    head = [[L(ctx, "Patient", "Patient"), pname(ctx, p, ["full", "upper_comma"])],
            [L(ctx, "DDN", "DOB"), dob(ctx, p)],
            [L(ctx, "Diagnostic", "Diagnosis"), L(ctx, "trouble lié à l'usage des sédatifs; TUO sous méthadone",
                                                  "sedative use disorder; OUD on methadone")],
            [L(ctx, "Pharmacie", "Pharmacy"), pn]]
    if p.nam:
        head.insert(2, [L(ctx, "Sexe", "Sex"), p.sex])
        head.insert(3, ["NAM", C.nam_text(ctx, p, r.choice(["plain", "space"]))])
    data = A.xlsx([(L(ctx, "Sevrage", "Taper"), head + [[]] + rows)], author=C.staff_name(md))
    fn = r.choice(["sevrage_clonazepam.xlsx", "taper_%s.xlsx" % start.strftime("%Y%m%d"), "calendrier_benzo.xlsx"])
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nCalendrier de sevrage du clonazépam ci-joint (diminution de 0,5 mg/sem.), à servir en "
                "dispensation hebdomadaire avec la méthadone. Merci de m'aviser si la patiente ou le patient "
                "se présente intoxiqué(e).\n\n%s" % C.signature(md, "fr"))
        subj = r.choice(["Sevrage benzodiazépines — calendrier", "Calendrier de diminution clonazépam"])
    else:
        body = ("Hi,\n\nClonazepam taper calendar attached (0.5 mg/week decrease), to dispense weekly along with methadone. "
                "Please let me know if the patient presents intoxicated.\n\n%s" % C.signature(md, "en"))
        subj = r.choice(["Benzo taper - schedule", "Clonazepam taper calendar"])
    return spec(ctx, "benzo_taper", L(ctx, "calendrier de sevrage en tableur", "taper schedule spreadsheet"),
                who(md), [ext(pn, "labo", pd)], subj, body, attachments=[M.Att("xlsx", fn, data)])


TEMPLATES = [t_prescription, t_missed_doses, t_carry_request, t_dose_change, t_guest_dosing, t_uds_result,
             t_uds_followup, t_lost_carry, t_sublocade_appt, t_induction_plan, t_qtc_followup, t_subject_only,
             t_filename_only, t_benzo_taper]
