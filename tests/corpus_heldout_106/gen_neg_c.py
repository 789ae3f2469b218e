"""Negative (not confidential) messages, part C: clinical-sounding mail without an identifiable patient:
newsletters, conferences, statistics, blank forms, teaching cases, recalls, shortages, protocols,
invoices, purchase orders, surveys, training."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_clin import CONDITIONS, RPM_KEYS, cond, med
from gen_common import MONTHS_EN, MONTHS_FR, de_fr, luhn_serial
from gen_neg_a import PLATFORMS, alllist, neg
from gen_pos_a import appt_dt, appt_text, cap, org, staff
from gen_text import ORGS_EN, ORGS_FR, close, display, email_of, greet, signature


def month(d, lang):
    return ("%s %d" % (MONTHS_FR[d.month - 1], d.year)) if lang == "fr" else ("%s %d" % (MONTHS_EN[d.month - 1], d.year))


# --------------------------------------------------------------------------- 25 newsletter
def newsletter(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr", "fr", "en"][i % 8]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    c = cond(rng, ["ic", "mpoc", "db2", "hta"])
    d = ctx.staff()
    n = rng.randrange(150, 900)
    red = rng.randrange(12, 38)
    if lang == "fr":
        title = "Infolettre Soins virtuels – %s" % month(when, lang)
        paras = ["À la une : %d patients suivis en télésurveillance %s cette année; les réadmissions à 30 jours ont diminué de %d %%." % (n, de_fr(c["fr"]), red),
                 "Portrait : %s %s, %s, nous parle de l'arrivée de la télédermatologie en région." % (
                     "la Dre" if d["sex"] == "F" else "le Dr", d["given"] + " " + d["surname"], "dermatologue"),
                 "Saviez-vous que? Une détérioration (essoufflement, prise de poids rapide, glycémies instables) peut souvent être "
                 "détectée 5 à 7 jours avant une visite à l'urgence grâce aux mesures quotidiennes transmises à domicile.",
                 "Rappel : la semaine de sensibilisation au diabète débute le 14 novembre."]
    else:
        title = "Virtual Care Newsletter - %s" % month(when, lang)
        paras = ["Highlights: %d patients enrolled in %s remote monitoring this year; 30-day readmissions down %d%%." % (n, c["en"], red),
                 "Meet Dr. %s %s, who launched our teledermatology service for rural clinics." % (d["given"], d["surname"]),
                 "Did you know? Daily weights can flag worsening heart failure up to a week before an ER visit.",
                 "Diabetes awareness week starts November 14."]
    html = ("<html><body style=\"font-family:Arial\"><h1 style=\"color:#00558c\">%s</h1>%s<hr><p style=\"font-size:9pt\">%s<br>"
            "%s</p></body></html>") % (title, "".join("<p>%s</p>" % p for p in paras), o[0], o[2])
    text = title + "\n\n" + "\n\n".join(paras) + "\n\n" + o[0]
    return neg("newsletter", lang, "disease-focused newsletter with aggregate figures",
               subject=title, date=when, text=text, html=html, mode=rng.choice(["html", "alt", "alt"]),
               **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 26 conference programme
def conference(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr", "en", "fr"][i % 6]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    talks = []
    for c in rng.sample(CONDITIONS, 4):
        d = ctx.staff()
        h = rng.choice(["8 h 30", "9 h 15", "10 h 30", "13 h 00", "14 h 15"]) if lang == "fr" else rng.choice(["8:30", "9:15", "10:30", "1:00", "2:15"])
        talks.append((h, "%s %s %s" % ("Dre" if d["sex"] == "F" else "Dr", d["given"], d["surname"]) if lang == "fr" else "Dr. %s %s" % (d["given"], d["surname"]),
                      ("Télésurveillance et %s : leçons de deux ans de pratique" % c["fr"]) if lang == "fr" else "Remote monitoring in %s: two years in" % c["en"]))
    talks.sort()
    lines = [("h", "Colloque régional en télésanté %d" % (when.year + 1) if lang == "fr" else "Regional Telehealth Symposium %d" % (when.year + 1))]
    lines += ["%s  %s – %s" % t for t in talks]
    lines.append("Lieu : Centre des congrès de Val-Fleuri et en ligne" if lang == "fr" else "Venue: Val-Fleuri Convention Centre and online")
    pdf = make_pdf(lines, title="Programme", compress=rng.random() < 0.5)
    body = ("%s\n\nLe programme du colloque est maintenant disponible (voir PJ). Inscription gratuite pour le personnel; 6 heures de formation "
            "accréditée.\n\n%s" if lang == "fr" else "%s\n\nThe symposium programme is attached. Free for staff; 6 accredited hours.\n\n%s") % (
        greet(ctx, lang), signature(ctx, s, "coord", o, lang))
    return neg("conference", lang, "conference programme: speakers and disease topics",
               subject="Programme – colloque en télésanté" if lang == "fr" else "Telehealth symposium programme", date=when, text=body,
               attachments=[{"filename": "programme_colloque_télésanté.pdf" if lang == "fr" else "symposium_programme.pdf", "ctype": "application/pdf", "data": pdf}],
               **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 27 aggregate statistics
def stats(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr", "fr"][i % 7]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    hdr = (["Clinique", "Téléconsultations", "Non-présentations", "Taux", "Durée moy. (min)", "Alertes RPM"] if lang == "fr"
           else ["Clinic", "Video visits", "No-shows", "Rate", "Avg length (min)", "RPM alerts"])
    rows = [hdr]
    for c in rng.sample(CONDITIONS, 6):
        v = rng.randrange(40, 900)
        ns = rng.randrange(0, v // 8)
        rows.append([cap(c["spec_fr"]) + " – " + c["short_fr"] if lang == "fr" else c["spec_en"].title() + " - " + c["short_en"],
                     v, ns, ("%.1f %%" % (100.0 * ns / v)).replace(".", ",") if lang == "fr" else "%.1f%%" % (100.0 * ns / v), rng.randrange(12, 45), rng.randrange(0, 400)])
    if rng.random() < 0.5:
        att = {"filename": "stats_%s.xlsx" % when.strftime("%Y%m"), "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "data": make_xlsx([("Stats", rows)])}
    else:
        att = {"filename": "stats_%s.csv" % when.strftime("%Y%m"), "ctype": "text/csv", "text": make_csv(rows, ";" if lang == "fr" else ",")}
    body = ("%s\n\nStatistiques mensuelles des soins virtuels (%s). Aucune donnée nominative. Les cliniques de %s dépassent la cible de non-présentation.\n\n%s" if lang == "fr"
            else "%s\n\nMonthly virtual care statistics (%s). No identifiable data. %s clinics exceed the no-show target.\n\n%s") % (
        greet(ctx, lang, mg["given"]), month(when, lang), rows[1][0], signature(ctx, s, "coord", o, lang))
    return neg("stats", lang, "aggregate virtual-care statistics by clinic",
               subject="Statistiques soins virtuels – %s" % month(when, lang) if lang == "fr" else "Virtual care stats - %s" % month(when, lang),
               date=when, text=body, attachments=[att], **{"from": s_a, "to": [mg_a]})


# --------------------------------------------------------------------------- 28 blank forms / templates
def blank_form(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr"][i % 6]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    if lang == "fr":
        paras = [("h", rng.choice(["Demande de consultation électronique – gabarit", "Formulaire d'inscription – télésurveillance",
                                   "Consentement à la téléconsultation"])),
                 "Nom du patient : ______________________   Prénom : ____________________",
                 "NAM : ____ ____ ____      Date de naissance : AAAA-MM-JJ",
                 "Téléphone : (___) ___-____     Adresse courriel : ______________________",
                 "Diagnostic principal : [ ] IC  [ ] MPOC  [ ] Diabète  [ ] HTA  [ ] Autre : ________",
                 "Médication actuelle : ______________________________________________",
                 "Signature : ______________________   Date : ____________"]
        body = "%s\n\nVoici la nouvelle version du gabarit à utiliser dès lundi. Merci de détruire les anciennes copies.\n\n%s" % (
            greet(ctx, lang), signature(ctx, s, "coord", o, lang))
        subj = "Nouveau gabarit – formulaire"
    else:
        paras = [("h", rng.choice(["eConsult request - template", "Remote monitoring enrolment form"])),
                 "Patient name: ______________________   DOB: YYYY-MM-DD",
                 "Health card no.: ______________   Phone: (___) ___-____",
                 "Primary diagnosis: [ ] CHF  [ ] COPD  [ ] Diabetes  [ ] Other: ________",
                 "Current medications: ____________________________________",
                 "Signature: ______________   Date: __________"]
        body = "%s\n\nNew version of the form attached; please use from Monday.\n\n%s" % (greet(ctx, lang), signature(ctx, s, "coord", o, lang))
        subj = "New form template"
    if rng.random() < 0.5:
        att = {"filename": ("gabarit_formulaire.docx" if lang == "fr" else "form_template.docx"),
               "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data": make_docx(paras, author=s["given"])}
    else:
        att = {"filename": ("formulaire_vierge_télésurveillance.pdf" if lang == "fr" else "blank_form.pdf"), "ctype": "application/pdf",
               "data": make_pdf(paras, compress=rng.random() < 0.5)}
    return neg("blank_form", lang, "blank form / template with empty identity fields",
               subject=subj, date=when, text=body, attachments=[att], **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 29 anonymised teaching case
def teaching_case(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr", "en", "fr"][i % 6]
    o = org(ctx, lang)
    d, d_a = staff(ctx, "md", o, lang)
    c = cond(rng, RPM_KEYS + ["mel", "dep"])
    when = ctx.when()
    age = rng.randrange(35, 88)
    if lang == "fr":
        body = ("%s\n\nCas pour la réunion d'apprentissage de jeudi (anonymisé) :\n\n%s de %d ans suivi%s en télésurveillance pour %s. "
                "Sous %s. Alerte à J+12 : %s. Quelle est votre conduite? Quelles limites de la visite vidéo pour l'examen physique?\n\n"
                "Lectures suggérées en pièce jointe.\n\n%s") % (
            greet(ctx, lang), rng.choice(["Une femme", "Un homme"]), age, rng.choice(["", "e"]), c["fr"], med(rng, c, lang),
            rng.choice(c["lab"]), signature(ctx, d, "md", o, lang))
        subj = "Cas clinique – réunion d'apprentissage"
    else:
        body = ("%s\n\nTeaching case for Thursday rounds (de-identified):\n\n%s %d-year-old followed by remote monitoring for %s, on %s. "
                "Alert on day 12: %s. What would you do? What are the limits of the video exam?\n\n%s") % (
            greet(ctx, lang), "An" if str(age)[0] == "8" or age in (11, 18) else "A", age, c["en"], med(rng, c, lang), rng.choice(c["lab_en"]), signature(ctx, d, "md", o, lang))
        subj = "Teaching case - rounds"
    return neg("teaching_case", lang, "de-identified teaching case", subject=subj, date=when, text=body,
               **{"from": d_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 30 supplier recall
def recall(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "en"][i % 4]
    o = org(ctx, lang)
    v_a = ("Avis de rappel – GlucoLink" if lang == "fr" else "GlucoLink Recall Notice", "rappels@glucolink.example")
    when = ctx.when()
    lots = ["GL%d%s" % (rng.randrange(2300, 2499), rng.choice("ABCDEF")) for _ in range(3)]
    body = ("AVIS DE RAPPEL VOLONTAIRE\n\nProduit : glucomètre connecté GlucoLink 2 (utilisé dans les programmes de télésurveillance du diabète)\n"
            "Lots visés : %s\nProblème : certaines lectures inférieures à 3,0 mmol/L peuvent être affichées comme « LO » sans alerte "
            "transmise à la plateforme.\nAction : remplacer les appareils des lots visés; aucune donnée patient n'est affectée.\n\n"
            "Service à la clientèle : 1 800 555-0199" if lang == "fr" else
            "VOLUNTARY RECALL NOTICE\n\nProduct: GlucoLink 2 connected glucometer\nLots: %s\nIssue: some readings below 3.0 mmol/L may show as 'LO' "
            "without an alert sent to the platform.\nAction: replace affected devices.\n\nCustomer service: 1 800 555-0199") % ", ".join(lots)
    return neg("recall", lang, "supplier device recall with lot numbers",
               subject="Rappel volontaire – GlucoLink 2" if lang == "fr" else "Voluntary recall - GlucoLink 2", date=when, text=body,
               importance="high", **{"from": v_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 31 drug shortage
def shortage(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = org(ctx, lang)
    ph, ph_a = staff(ctx, "pharm", o, lang)
    when = ctx.when()
    drug = rng.choice([("salbutamol 100 mcg (inhalateur)", "salbutamol 100 mcg inhaler", "terbutaline"),
                       ("furosémide 40 mg", "furosemide 40 mg", "furosémide 20 mg x 2"),
                       ("sémaglutide 1 mg", "semaglutide 1 mg", "dulaglutide"),
                       ("méthotrexate 2,5 mg", "methotrexate 2.5 mg", "méthotrexate injectable")])
    body = ("%s\n\nRupture d'approvisionnement : %s, retour prévu dans %d semaines. Alternative suggérée : %s. "
            "Les prescripteurs des cliniques virtuelles sont priés d'en tenir compte lors des renouvellements.\n\n%s" if lang == "fr" else
            "%s\n\nSupply shortage: %s, expected back in %d weeks. Suggested alternative: %s. Virtual clinic prescribers please take note at renewal.\n\n%s") % (
        greet(ctx, lang), drug[0] if lang == "fr" else drug[1], rng.randrange(2, 12), drug[2], signature(ctx, ph, "pharm", o, lang))
    return neg("shortage", lang, "drug shortage notice", subject=("Rupture – " if lang == "fr" else "Shortage - ") + (drug[0] if lang == "fr" else drug[1]),
               date=when, text=body, **{"from": ph_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 32 research protocol
def protocol(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "en"][i % 4]
    o = org(ctx, lang)
    pi, pi_a = staff(ctx, rng.choice(["cardio", "md"]), o, lang)
    when = ctx.when()
    n = rng.randrange(120, 600)
    paras = [("h", "Protocole TELE-%s-%d" % (rng.choice(["IC", "MPOC", "DB"]), when.year)),
             ("Objectif : évaluer l'effet de la télésurveillance quotidienne sur les réhospitalisations à 90 jours." if lang == "fr"
              else "Objective: assess the effect of daily remote monitoring on 90-day readmissions."),
             ("Population : %d adultes atteints d'insuffisance cardiaque (FEVG < 40 %%), randomisation 1:1." % n if lang == "fr"
              else "Population: %d adults with heart failure (LVEF < 40%%), 1:1 randomisation." % n),
             ("Critères d'exclusion : démence, absence de connexion internet, espérance de vie < 6 mois." if lang == "fr"
              else "Exclusion: dementia, no internet access, life expectancy < 6 months."),
             ("Les données seront codées; aucun renseignement nominatif ne quittera l'établissement." if lang == "fr"
              else "Data will be coded; no identifying information leaves the institution.")]
    body = ("%s\n\nVersion %d.%d du protocole pour soumission au CER. Commentaires d'ici vendredi svp.\n\n%s" if lang == "fr" else
            "%s\n\nProtocol version %d.%d for REB submission. Comments by Friday please.\n\n%s") % (
        greet(ctx, lang), rng.randrange(1, 4), rng.randrange(0, 9), signature(ctx, pi, "cardio", o, lang))
    return neg("protocol", lang, "research protocol without participants", subject="Protocole – soumission CER" if lang == "fr" else "Protocol - REB submission",
               date=when, text=body, attachments=[{"filename": "protocole_télésurveillance_IC_v%d.docx" % rng.randrange(2, 5) if lang == "fr" else "protocol.docx",
                                                   "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                   "data": make_docx(paras, author=pi["surname"])}],
               **{"from": pi_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 33 mass information to patients (no identity)
def patient_info(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    n_a = ("%s – ne pas répondre" % o[0] if lang == "fr" else "%s - do not reply" % o[0], "ne-pas-repondre@%s" % o[1])
    when = ctx.when()
    body = ("Chère patiente, cher patient,\n\nÀ compter du %s, vos rendez-vous virtuels se feront sur la nouvelle plateforme %s. "
            "Vous recevrez un nouveau lien la veille de chaque rendez-vous. Vous n'avez rien à installer.\n\nEn cas de problème : "
            "819 555-0142 (lundi au vendredi, 8 h à 16 h).\n\n%s" if lang == "fr" else
            "Dear patient,\n\nStarting %s, your virtual appointments will use the new %s platform. You will receive a new link the day before "
            "each visit. Nothing to install.\n\nHelp line: 819 555-0142 (Mon-Fri, 8-4).\n\n%s") % (
        ctx.future_date(when, (7, 30)).isoformat(), rng.choice(PLATFORMS), o[0])
    return neg("patient_info", lang, "mass notice to all patients, no recipient identified",
               subject="Changement de plateforme pour vos rendez-vous virtuels" if lang == "fr" else "New platform for your virtual appointments",
               date=when, text=body, mode=rng.choice(["html", "alt"]), **{"from": n_a, "to": [("", "undisclosed-recipients:;")]})


# --------------------------------------------------------------------------- 34 survey aggregate
def survey(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    n = rng.randrange(200, 1500)
    comments_fr = ["« Très pratique, je n'ai pas eu à conduire 2 heures. »", "« Le son coupait souvent. »",
                   "« L'infirmière de télésurveillance m'a appelé le jour même, merci! »"]
    comments_en = ["'Saved me a two-hour drive.'", "'Audio kept cutting out.'", "'The RPM nurse called the same day.'"]
    body = ("%s\n\nRésultats du sondage de satisfaction (n = %d) : %d %% satisfaits ou très satisfaits; %d %% préféreraient garder "
            "le virtuel pour les suivis de maladies chroniques.\n\nCommentaires anonymes :\n%s\n\n%s" if lang == "fr" else
            "%s\n\nSatisfaction survey (n = %d): %d%% satisfied or very satisfied; %d%% would keep virtual follow-ups for chronic disease.\n\n"
            "Anonymous comments:\n%s\n\n%s") % (greet(ctx, lang), n, rng.randrange(70, 95), rng.randrange(50, 85),
                                                 "\n".join(comments_fr if lang == "fr" else comments_en), signature(ctx, s, "coord", o, lang))
    return neg("survey", lang, "patient survey aggregate with anonymous comments",
               subject="Sondage de satisfaction – soins virtuels" if lang == "fr" else "Virtual care satisfaction survey", date=when, text=body,
               **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 35 quality improvement
def qi(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, rng.choice(["rn", "coord"]), o, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    a, b = rng.randrange(60, 180), rng.randrange(15, 59)
    body = ("%s\n\nProjet d'amélioration continue : le délai médian de réponse aux alertes rouges est passé de %d à %d minutes depuis "
            "l'ajout d'une infirmière pivot. Prochaine étape : seuils personnalisés pour les patients en MPOC sévère. Graphique en pièce jointe.\n\n%s" if lang == "fr" else
            "%s\n\nQI update: median response time to red alerts went from %d to %d minutes since adding a triage RN. Next: personalised thresholds "
            "for severe COPD.\n\n%s") % (greet(ctx, lang, mg["given"]), a, b, signature(ctx, s, "rn", o, lang))
    from gen_attach import make_png
    return neg("qi", lang, "quality-improvement update with aggregate times",
               subject="Amélioration continue – délais d'alerte" if lang == "fr" else "QI - alert response times", date=when, text=body,
               attachments=[{"filename": "graphique_delais.png" if lang == "fr" else "response_times.png", "ctype": "image/png", "data": make_png(rng, 80, 50)}],
               **{"from": s_a, "to": [mg_a]})


# --------------------------------------------------------------------------- 36 pharmacy bulletin
def drug_bulletin(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    ph, ph_a = staff(ctx, "pharm", o, lang)
    when = ctx.when()
    body = ("%s\n\nBulletin pharmaceutique n° %d\n\n- Les iSGLT2 (empagliflozine, dapagliflozine) doivent être suspendus en cas de "
            "déshydratation : le rappeler lors des suivis virtuels.\n- Warfarine : un RNI > 4 à domicile nécessite un appel le jour même.\n"
            "- Méthotrexate hebdomadaire : vérifier qu'il n'est pas prescrit « die » dans les ordonnances électroniques.\n\n%s" if lang == "fr" else
            "%s\n\nPharmacy bulletin no. %d\n\n- Hold SGLT2 inhibitors during dehydration; remind patients during virtual follow-ups.\n"
            "- Warfarin: a home INR > 4 needs a same-day call.\n- Weekly methotrexate: make sure e-prescriptions do not say 'daily'.\n\n%s") % (
        greet(ctx, lang), rng.randrange(10, 99), signature(ctx, ph, "pharm", o, lang))
    return neg("drug_bulletin", lang, "pharmacy bulletin with drug names and thresholds",
               subject="Bulletin pharmaceutique" if lang == "fr" else "Pharmacy bulletin", date=when, text=body,
               **{"from": ph_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 37 invoice
def invoice(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr", "en"][i % 5]
    o = org(ctx, lang)
    v_a = ("VitaSense Facturation" if lang == "fr" else "VitaSense Billing", "facturation@vitasense.example")
    r, r_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    inv = "F-%d-%05d" % (when.year, rng.randrange(100000))
    items = [("Abonnement plateforme – %d patients" % rng.randrange(50, 300), rng.randrange(4000, 15000)),
             ("Trousses tensiomètre + balance (lot %s)" % ("WS%d" % rng.randrange(1000, 9999)), rng.randrange(2000, 9000)),
             ("Forfaits cellulaires", rng.randrange(500, 3000))]
    tot = sum(x[1] for x in items)
    lines = [("h", "FACTURE %s" % inv if lang == "fr" else "INVOICE %s" % inv), "VitaSense Monitoring inc., 400 rue du Parc, Montréal (exemple)",
             "Client : %s" % o[0]] + ["%s ........ %s $" % (d, "{:,}".format(a).replace(",", " ")) for d, a in items] + [
        "TPS 5 % / TVQ 9,975 %", "Total : %s $" % "{:,}".format(int(tot * 1.14975)).replace(",", " "), "N° TPS : 81234 5678 RT0001"]
    pdf = make_pdf(lines, title=inv, compress=rng.random() < 0.5)
    body = ("Bonjour,\n\nVeuillez trouver ci-joint la facture %s. Paiement net 30 jours.\n\nVitaSense – Comptes clients" if lang == "fr" else
            "Hello,\n\nPlease find invoice %s attached. Net 30.\n\nVitaSense Accounts Receivable") % inv
    return neg("invoice", lang, "vendor invoice PDF", subject=("Facture %s" if lang == "fr" else "Invoice %s") % inv, date=when, text=body,
               attachments=[{"filename": "%s.pdf" % inv, "ctype": "application/pdf", "data": pdf}], **{"from": v_a, "to": [r_a]})


# --------------------------------------------------------------------------- 38 purchase order
def purchase_order(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    b, b_a = staff(ctx, "mgr", o, lang)
    v_a = ("Fournitures MedLink", "commandes@medlink-connect.example")
    when = ctx.when()
    po = "BC-%d" % rng.randrange(100000, 999999)
    rows = [["Article", "Description", "Qté", "Prix unitaire"] if lang == "fr" else ["Item", "Description", "Qty", "Unit price"]]
    for _ in range(rng.randrange(3, 6)):
        rows.append([luhn_serial(rng, 10), rng.choice(["Caméra USB 1080p", "Casque micro", "Saturomètre OX-9", "Licence annuelle"]),
                     rng.randrange(1, 40), "%.2f" % rng.uniform(20, 400)])
    csv = make_csv(rows)
    body = ("%s\n\nVoici le bon de commande %s pour l'équipement des nouvelles cabines de téléconsultation. Livraison au quai B.\n\n%s" if lang == "fr"
            else "%s\n\nPurchase order %s for the new telehealth booths attached. Deliver to dock B.\n\n%s") % (
        greet(ctx, lang), po, signature(ctx, b, "mgr", o, lang))
    return neg("purchase_order", lang, "purchase order with item codes", subject=("Bon de commande %s" if lang == "fr" else "PO %s") % po,
               date=when, text=body, attachments=[{"filename": "%s.csv" % po, "ctype": "text/csv", "text": csv}], **{"from": b_a, "to": [v_a]})


# --------------------------------------------------------------------------- 39 ZIP of templates
def zip_templates(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    members = [("gabarits/lettre_rendez-vous_virtuel.txt" if lang == "fr" else "templates/virtual_appt_letter.txt",
                ("Bonjour [PRÉNOM NOM],\nVotre rendez-vous virtuel aura lieu le [DATE] à [HEURE].\nLien : [LIEN]\n" if lang == "fr"
                 else "Dear [FIRST LAST],\nYour virtual visit is on [DATE] at [TIME].\nLink: [LINK]\n").encode("utf-8")),
               ("gabarits/consentement.docx" if lang == "fr" else "templates/consent.docx",
                make_docx([("h", "Consentement" if lang == "fr" else "Consent"), "Nom : ____________" if lang == "fr" else "Name: ____________"])),
               ("LISEZMOI.txt" if lang == "fr" else "README.txt", b"Version 2025-01\n")]
    z = make_zip(members)
    body = ("%s\n\nL'ensemble des gabarits de la clinique virtuelle (lettres, consentement) dans un ZIP.\n\n%s" if lang == "fr"
            else "%s\n\nAll virtual clinic templates (letters, consent) zipped.\n\n%s") % (greet(ctx, lang), signature(ctx, s, "coord", o, lang))
    return neg("zip_templates", lang, "ZIP of blank templates with placeholders", subject="Gabarits – clinique virtuelle" if lang == "fr" else "Virtual clinic templates",
               date=when, text=body, attachments=[{"filename": "gabarits.zip" if lang == "fr" else "templates.zip", "ctype": "application/zip", "data": z}],
               **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 40 training invitation
def training(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    tr = ctx.staff()
    when = ctx.when()
    m = appt_dt(ctx, when)
    topic = rng.choice([("Examen physique à distance : ce qu'on peut (et ne peut pas) faire en vidéo", "Remote physical exam: what video can and cannot do"),
                        ("Télédermatologie : prendre de bonnes photos de lésions", "Teledermatology: taking good lesion photos"),
                        ("Gestion des alertes de télésurveillance en insuffisance cardiaque", "Managing heart failure RPM alerts")])
    body = ("%s\n\nFormation : %s\nFormatrice/formateur : %s %s\nQuand : %s (Teams)\nInscription par retour de courriel.\n\n%s" if lang == "fr"
            else "%s\n\nTraining: %s\nPresenter: %s %s\nWhen: %s (Teams)\nReply to register.\n\n%s") % (
        greet(ctx, lang), topic[0] if lang == "fr" else topic[1], tr["given"], tr["surname"], appt_text(m, lang), signature(ctx, s, "coord", o, lang))
    return neg("training", lang, "staff training invitation on a clinical topic",
               subject=("Formation – " if lang == "fr" else "Training - ") + (topic[0] if lang == "fr" else topic[1]), date=when, text=body,
               **{"from": s_a, "to": alllist(o, lang)})
