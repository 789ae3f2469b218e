"""Negative (non-confidential) builders, part A: schedules, HR, staff health,
payroll, newsletters, conferences, services, statistics, blank forms, teaching
cases, invoices, serial numbers, IT, facilities, jobs, committees, shortages,
research protocols, supplier recalls."""
import datetime as _dt

import gen_common as C
from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_base import html_page, html_table, p_html, text_table
from gen_mime import Att
from gen_pos_a import _dx, _lang, _letterhead

ALL_STAFF = ("tous@" + C.CLINIC_DOMAIN)
LIST_ALL = ("Équipe Centre Boréal", ALL_STAFF)
LIST_ALL_EN = ("Boreal all staff", ALL_STAFF)
MDS = ("lavoie", "bergeron", "haddad", "patel")
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _all(lang):
    return LIST_ALL if lang == "fr" else LIST_ALL_EN


def R(cat, lang, note, **spec):
    return dict(cat=cat, lang=lang, types=None, note=note, spec=spec)


# ---------------------------------------------------------------------------
def staff_schedule(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("turcotte", "beaulieu", "demers")
    month = rng.randint(1, 12)
    mname = C.MONTHS_FR[month - 1] if lang == "fr" else C.MONTHS_EN[month - 1]
    rows = [["Semaine", "Garde douleur", "Salle d'intervention", "Clinique SDRC / neuropathies", "Programme fibro"] if lang == "fr" else
            ["Week", "Pain on-call", "Procedure room", "CRPS / neuropathy clinic", "Fibro programme"]]
    for w in range(1, 5):
        a, b, c = rng.sample(MDS, 3)
        rows.append([f"{w}", C.STAFF[a].dr(lang), C.STAFF[b].dr(lang) + (" + Dre Chen (R4)" if rng.random() < 0.3 else ""), C.STAFF[c].dr(lang),
                     rng.choice(["N. Lemieux / É. Plante", "N. Lemieux / T. Kowalski", "O. Paradis / É. Plante"])])
    if lang == "fr":
        de = "d'" if mname[0] in "aeiouéèâ" else "de "
        intro = f"Voici l'horaire médical {de}{mname}. Les échanges de garde doivent être approuvés par Stéphane avant le 20."
        sub = rng.choice([f"Horaire {mname} – version 2", f"Horaire de garde – {mname}", "Horaire médical (mise à jour)"])
    else:
        intro = f"Here is the {mname} schedule. On-call swaps must be approved by Stéphane before the 20th."
        sub = rng.choice([f"{mname} schedule v2", f"On-call schedule - {mname}"])
    text = "\n".join([C.greet(rng, lang), "", intro, "", text_table(rows), "", C.sig(rng, st, lang)])
    atts = []
    if rng.random() < 0.4:
        atts.append(Att(f"horaire_{mname}.xlsx" if lang == "fr" else f"schedule_{mname}.xlsx", XLSX_T, make_xlsx([(mname, rows)], author=st.full)))
    html = html_page([p_html(C.greet(rng, lang)), p_html(intro), html_table(rows, rng), p_html(C.sig(rng, st, lang))], rng)
    return R("staff_schedule", lang, "monthly physician / team schedule with disease-named clinics", frm=ctx.pair(st), to=[_all(lang)], subject=sub,
             text=text, html=html, attachments=atts)


def vacation_hr(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    mgr = C.STAFF["demers"]
    emp = ctx.staff("dube", "giroux", "kowalski", "plante", "lachance", "paradis", "turcotte")
    d1 = C.future_day(rng, C.msg_date(rng), 10, 60)
    d2 = d1 + _dt.timedelta(days=rng.choice([4, 7, 11, 14]))
    kind = rng.randint(0, 2)
    if lang == "fr":
        if kind == 0:
            text = f"Bonjour {emp.given},\n\nTa demande de vacances du {C.date_fr(d1, 2)} au {C.date_fr(d2, 2)} est approuvée. N'oublie pas de l'inscrire dans le logiciel d'horaires.\n\n{mgr.given}"
            sub = "Vacances approuvées"
        elif kind == 1:
            text = (f"Bonjour à tous,\n\nRappel : les demandes de vacances d'été doivent être déposées avant le 15 mars. Maximum deux professionnels "
                    "absents en même temps dans le programme fibromyalgie et une infirmière en salle d'intervention.\n\nMerci,\n{mgr.full}\nChef de service")
            sub = "Vacances d'été – date limite"
        else:
            text = (f"Bonjour {mgr.given},\n\nJe serai absent{'e' if emp.sex == 'F' else ''} demain (maladie). Mes rendez-vous de 9 h et 11 h "
                    f"peuvent être déplacés à vendredi.\n\n{emp.given}")
            sub = "Absence demain"
            return R("hr_leave", lang, "employee sick day notice", frm=ctx.pair(emp), to=[ctx.pair(mgr)], subject=sub, text=text)
    else:
        if kind == 2:
            text = f"Hi {mgr.given},\n\nI'm off sick tomorrow. My 9:00 and 11:00 can move to Friday.\n\n{emp.given}"
            return R("hr_leave", lang, "employee sick day notice", frm=ctx.pair(emp), to=[ctx.pair(mgr)], subject="Off sick tomorrow", text=text)
        text = f"Hi {emp.given},\n\nYour vacation request ({C.date_en(d1, 1)} - {C.date_en(d2, 1)}) is approved.\n\n{mgr.given}"
        sub = "Vacation approved"
    return R("hr_leave", lang, "vacation approval / reminder", frm=ctx.pair(mgr), to=[ctx.pair(emp)] if "approuv" in sub or "approved" in sub else [_all(lang)],
             subject=sub, text=text)


def employee_health(ctx):
    rng = ctx.rng
    lang = "fr" if rng.random() < 0.75 else "en"
    emp = ctx.staff("dube", "lachance", "kowalski", "giroux")
    mgr = C.STAFF["demers"]
    sst = ("Service santé et sécurité du travail", "sst@" + C.CLINIC_DOMAIN)
    if lang == "fr":
        text = "\n".join([f"Bonjour {mgr.given},", "",
                          f"{emp.full} ({emp.role_fr}) reprendra le travail lundi selon un retour progressif, suite à son arrêt pour une entorse lombaire "
                          "survenue au travail (déclaration d'événement accidentel en février).",
                          "Restrictions pour 4 semaines : pas de manutention de plus de 10 kg, pas de transfert de patients sans aide.",
                          "Horaire : 3 jours/semaine les deux premières semaines, puis 4 jours.",
                          "Merci d'ajuster l'horaire de la salle d'intervention en conséquence.", "",
                          "Line Cormier, infirmière en santé au travail", "Service SST – Centre Boréal"])
        sub = "Retour progressif – employé(e)"
    else:
        text = "\n".join([f"Hi {mgr.given},", "",
                          f"{emp.full} ({emp.role_en}) returns Monday on a graduated schedule after the workplace lumbar sprain in February.",
                          "Restrictions for 4 weeks: no lifting over 10 kg, no patient transfers without help. 3 days/week for two weeks, then 4.", "",
                          "Line Cormier, occupational health nurse"])
        sub = "Graduated return to work - staff member"
    return R("employee_health", lang, "employee occupational-health return-to-work notice (staff, not patient)", frm=sst, to=[ctx.pair(mgr)],
             cc=[ctx.pair(emp)] if rng.random() < 0.5 else None, subject=sub, text=text)


def payroll(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    pay = ("Service de la paie", "paie@" + C.CLINIC_DOMAIN)
    k = rng.randint(0, 3)
    if lang == "fr":
        opts = [("Relevés 1 et T4 disponibles", "Bonjour,\n\nVos relevés 1 et feuillets T4 2023 sont disponibles dans le portail employé depuis ce matin.\n"
                 "Pour toute question : poste 240.\n\nService de la paie"),
                ("Feuilles de temps – période 14", "Bonjour,\n\nLes feuilles de temps de la période 14 doivent être approuvées d'ici mardi midi. "
                 "Les heures de garde en disponibilité (code 072) et les primes de soir (code 045) doivent être saisies séparément.\n\nMerci"),
                ("Changement de dépôt direct", "Bonjour,\n\nPour modifier vos informations bancaires, utilisez le formulaire PAIE-07 (pièce jointe). "
                 "Ne transmettez jamais un spécimen de chèque par courriel non chiffré.\n\nService de la paie"),
                ("Rétroactivité – nouvelle convention", "Bonjour,\n\nLa rétroactivité salariale 2023 sera versée sur la paie du 21 juin. "
                 "Le taux horaire des infirmières cliniciennes passe à l'échelon suivant selon l'annexe C.\n\nService de la paie")]
    else:
        opts = [("T4 slips available", "Hello,\n\nYour 2023 T4 and RL-1 slips are now available in the employee portal.\n\nPayroll"),
                ("Timesheets - period 14", "Hi,\n\nPeriod 14 timesheets must be approved by Tuesday noon. Standby on-call hours (code 072) "
                 "and evening premiums (code 045) are entered separately.\n\nThanks"),
                ("Direct deposit changes", "Hello,\n\nTo change your banking information use form PAY-07 (attached). Never send a void cheque by unencrypted e-mail.\n\nPayroll"),
                ("Retroactive pay", "Hello,\n\nRetroactive 2023 pay will be issued on the June 21 pay.\n\nPayroll")]
    sub, text = opts[k]
    atts = []
    if k == 2:
        atts.append(Att("PAIE-07_depot_direct.pdf" if lang == "fr" else "PAY-07_direct_deposit.pdf", "application/pdf",
                        make_pdf("PAIE-07", ["# FORMULAIRE PAIE-07 – DÉPÔT DIRECT", "", "Nom de l'employé(e) : ______________________",
                                             "Matricule : __________", "Institution : _____  Transit : _______  Compte : ____________",
                                             "", "Signature : ____________________   Date : ____________"], letterhead=_letterhead("fr"))))
    return R("payroll", lang, "payroll notice", frm=pay, to=[_all(lang)], subject=sub, text=text, attachments=atts)


def newsletter(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("beaulieu", "demers", "lavoie")
    if lang == "fr":
        items = rng.sample([
            ("Mai, mois de la sensibilisation à la fibromyalgie", "La fibromyalgie touche de 2 à 3 % de la population. Notre programme d'autogestion a accueilli 64 personnes l'an dernier."),
            ("Nouvelle clinique de neuromodulation", "Dès septembre, le Dr Haddad offrira les essais de neurostimulation médullaire pour le syndrome post-laminectomie et le SDRC."),
            ("Crise des opioïdes", "Selon les données provinciales, les décès liés aux opioïdes ont augmenté de 12 % en 2023. Des trousses de naloxone sont offertes gratuitement en pharmacie."),
            ("Bienvenue !", "Nous accueillons Émilie Plante, physiothérapeute, qui se joint au programme lombalgie chronique."),
            ("Recherche", "L'étude sur la radiofréquence des nerfs géniculés pour la gonarthrose a terminé son recrutement (120 participants)."),
            ("Formation", "Webinaire le 18 : « Déprescrire les opioïdes sans rompre l'alliance thérapeutique »."),
        ], 3)
        title = rng.choice(["L'Écho du Centre Boréal – bulletin", "Infolettre du Centre Boréal", "Nouvelles de la clinique"])
    else:
        items = rng.sample([
            ("Fibromyalgia Awareness Month", "Fibromyalgia affects 2-3% of adults. Our self-management programme welcomed 64 people last year."),
            ("New neuromodulation clinic", "From September, Dr. Haddad will offer spinal cord stimulator trials for failed back surgery syndrome and CRPS."),
            ("Opioid crisis update", "Provincial data show opioid-related deaths rose 12% in 2023. Free naloxone kits are available at pharmacies."),
            ("Welcome!", "Please welcome Émilie Plante, physiotherapist, joining the chronic low back pain programme."),
            ("Research", "The genicular nerve RFA study for knee osteoarthritis has completed recruitment (120 participants)."),
        ], 3)
        title = rng.choice(["Boreal Centre Newsletter", "Clinic news - monthly digest"])
    text = title + "\n" + "=" * len(title) + "\n\n" + "\n\n".join(f"{h}\n{b}" for h, b in items) + "\n\n" + C.sig(rng, st, lang)
    html = html_page([f"<h2>{title}</h2>"] + [f"<h3>{h}</h3>\n<p>{b}</p>" for h, b in items] + [p_html(C.sig(rng, st, lang))], rng)
    return R("newsletter", lang, "clinic newsletter about diseases and services", frm=ctx.pair(st), to=[_all(lang)], subject=title, text=text, html=html,
             mode=rng.choice(["html", "alt"]))


def conference_program(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("beaulieu", "lavoie", "turcotte")
    talks = [("8 h 30", "Dre Isabelle Lavoie", "Radiofréquence des branches médiales : pour qui ?", "Medial branch RFA: who benefits?"),
             ("9 h 15", "Dr Omar Haddad", "SDRC : du diagnostic (critères de Budapest) au traitement", "CRPS: from Budapest criteria to treatment"),
             ("10 h 30", "Nadia Lemieux, psychologue", "Fibromyalgie et thérapie d'acceptation et d'engagement", "Fibromyalgia and ACT"),
             ("11 h 15", "Hugo Vachon, pharmacien", "Diminution des opioïdes : protocoles et pièges", "Opioid tapering: protocols and pitfalls"),
             ("13 h 30", "Dr Mathieu Bergeron", "Lombalgie chronique et retour au travail (CNESST)", "Chronic low back pain and return to work"),
             ("14 h 15", "Dre Aisha Khan (GMF)", "La douleur en première ligne : quand référer ?", "Pain in primary care: when to refer")]
    sel = sorted(rng.sample(talks, rng.randint(4, 6)), key=lambda x: talks.index(x))
    day = C.future_day(rng, C.msg_date(rng), 20, 60)
    if lang == "fr":
        lines = [f"# Journée annuelle de la douleur chronique – {C.date_fr(day, 2)}", "Amphithéâtre principal, " + C.HOSPITAL_FR, ""] + \
                [f"{h} – {s} : {tf}" for h, s, tf, te in sel] + ["", "Inscription : 75 $ (gratuit pour les résidents). Crédits de formation : 6 h."]
        text = "\n".join([C.greet(rng, "fr"), "", "Le programme de la Journée annuelle est maintenant disponible (PDF ci-joint).", ""] +
                         [f"{h} – {s} : {tf}" for h, s, tf, te in sel] + ["", C.sig(rng, st, "fr")])
        sub = "Programme – Journée annuelle de la douleur chronique"
    else:
        lines = [f"# Annual Chronic Pain Day - {C.date_en(day, 1)}", "Main amphitheatre, Mille-Îles Regional Hospital", ""] + \
                [f"{h.replace(' h ', ':')} - {s}: {te}" for h, s, tf, te in sel] + ["", "Registration $75 (free for residents). 6 CME hours."]
        text = "\n".join([C.greet(rng, "en"), "", "The programme for the Annual Pain Day is out (PDF attached).", ""] +
                         [f"{h.replace(' h ', ':')} - {s}: {te}" for h, s, tf, te in sel] + ["", C.sig(rng, st, "en")])
        sub = "Programme - Annual Chronic Pain Day"
    pdf = make_pdf("Programme", lines, letterhead=_letterhead(lang))
    return R("conference", lang, "conference programme with speakers and pain topics", frm=ctx.pair(st), to=[_all(lang)], subject=sub, text=text,
             attachments=[Att("programme_journee_douleur.pdf" if lang == "fr" else "pain_day_programme.pdf", "application/pdf", pdf)])


def service_info(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("lavoie", "demers", "turcotte")
    doc = C.famdoc(rng)
    if lang == "fr":
        opts = ["La Dre Patel reprend la clinique de déprescription des opioïdes le mercredi après-midi. Les références pour sevrage doivent inclure la dose équivalente morphine.",
                "Le Dr Haddad est désormais responsable des demandes pour névralgie du trijumeau et céphalées réfractaires (blocs occipitaux, bloc sphénopalatin).",
                "La Dre Lavoie ne prend plus de nouveaux cas de lombalgie mécanique simple ; ces demandes seront dirigées vers l'École du dos.",
                "Le Dr Bergeron voit maintenant les travailleurs référés par la CNESST pour douleur chronique post-entorse, le lundi."]
        text = "\n".join([f"Bonjour {doc['title']} {doc['surname']}," if rng.random() < 0.4 else C.greet(rng, "fr"), "",
                          rng.choice(opts), "", "Le formulaire de référence à jour est disponible sur notre site.", "", C.sig(rng, st, "fr")])
        sub = rng.choice(["Changement dans nos corridors de service", "Information aux médecins référents", "Mise à jour – cliniques spécialisées"])
    else:
        opts = ["Dr. Patel is resuming the opioid deprescribing clinic on Wednesday afternoons. Taper referrals must include the morphine-equivalent dose.",
                "Dr. Haddad now handles trigeminal neuralgia and refractory headache referrals (occipital and sphenopalatine blocks).",
                "Dr. Bergeron now sees CNESST-referred workers with chronic post-sprain pain on Mondays."]
        text = "\n".join([C.greet(rng, "en"), "", rng.choice(opts), "", "Updated referral form on our website.", "", C.sig(rng, st, "en")])
        sub = rng.choice(["Service update for referring physicians", "Clinic update"])
    to = [(f"{doc['title']} {doc['full']}", doc["email"])] if rng.random() < 0.4 else [("Médecins référents", "referents@liste.gmf-laval.example")]
    return R("service_info", lang, "physicians named with the conditions they treat", frm=ctx.pair(st), to=to, subject=sub, text=text)


def aggregate_stats(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("demers", "turcotte", "beaulieu")
    month = rng.randint(1, 11)
    mname = C.MONTHS_FR[month - 1] if lang == "fr" else C.MONTHS_EN[month - 1]
    rows = [["Indicateur", "Valeur", "Cible"] if lang == "fr" else ["Indicator", "Value", "Target"],
            ["Blocs des branches médiales" if lang == "fr" else "Medial branch blocks", rng.randint(80, 140), 120],
            ["Radiofréquences" if lang == "fr" else "RF ablations", rng.randint(25, 60), 45],
            ["Épidurales transforaminales" if lang == "fr" else "Transforaminal epidurals", rng.randint(40, 90), 70],
            ["Perfusions lidocaïne/kétamine" if lang == "fr" else "Lidocaine/ketamine infusions", rng.randint(10, 30), 20],
            ["Patients en sevrage d'opioïdes" if lang == "fr" else "Patients in opioid taper", rng.randint(30, 60), ""],
            ["DEM moyenne (mg/j)" if lang == "fr" else "Mean MED (mg/day)", rng.randint(70, 130), "< 90"],
            ["Délai moyen P2 (semaines)" if lang == "fr" else "Mean P2 wait (weeks)", rng.randint(10, 30), 12],
            ["Nouvelles références CNESST" if lang == "fr" else "New CNESST referrals", rng.randint(5, 25), ""]]
    if lang == "fr":
        text = "\n".join([C.greet(rng, "fr"), "", f"Voici les statistiques de {mname} :", "", text_table(rows), "",
                          rng.choice(["Le délai P2 reste au-dessus de la cible ; on en parle au comité de gestion.", "Bonne progression sur les radiofréquences."]),
                          "", C.sig(rng, st, "fr")])
        sub = f"Statistiques {mname}"
    else:
        text = "\n".join([C.greet(rng, "en"), "", f"{mname} statistics:", "", text_table(rows), "", C.sig(rng, st, "en")])
        sub = f"{mname} statistics"
    atts = []
    r = rng.random()
    if r < 0.4:
        atts.append(Att(f"stats_{month:02d}.xlsx", XLSX_T, make_xlsx([(mname, rows)], author=st.full)))
    elif r < 0.6:
        atts.append(Att(f"stats_{month:02d}.csv", "text/csv", make_csv(rows, sep=";" if lang == "fr" else ",")))
    return R("statistics", lang, "aggregate monthly activity statistics", frm=ctx.pair(st), to=[ctx.pair(C.STAFF[k]) for k in MDS[:3]], subject=sub,
             text=text, attachments=atts)


def blank_form(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("turcotte", "vachon", "dube", "beaulieu")
    kind = rng.randint(0, 3)
    if lang == "fr":
        if kind == 0:
            paras = ["# Entente de traitement aux opioïdes (GABARIT)", "Nom du patient : ______________________________",
                     "Date de naissance : ____ / ____ / ______", "NAM : __________________", "Médicament(s) : ______________________________",
                     "Pharmacie désignée : ______________________", "## Engagements",
                     "Je m'engage à obtenir mes opioïdes d'un seul prescripteur et d'une seule pharmacie.",
                     "J'accepte les dépistages urinaires aléatoires.", "Signature du patient : __________________   Date : __________"]
            fname, sub = "Gabarit_entente_opioïdes_v3.docx", "Nouveau gabarit – entente opioïdes"
        elif kind == 1:
            paras = ["# Consentement – radiofréquence des branches médiales", "Je, soussigné(e) [NOM DU PATIENT], consens à la procédure décrite.",
                     "Risques : douleur au site, névrite transitoire, infection (rare), brûlure cutanée (très rare).",
                     "Signature : ____________  Témoin : ____________"]
            fname, sub = "Consentement_RF_vierge.docx", "Formulaire de consentement RF (vierge)"
        elif kind == 2:
            paras = ["# Journal de douleur – 7 jours", "Nom : ____________________", "Jour | Douleur 0-10 (matin) | (soir) | Médicaments pris | Activités",
                     "1 |  |  |  |", "2 |  |  |  |", "3 |  |  |  |"]
            fname, sub = "journal_douleur_7j.docx", "Journal de douleur à remettre après les blocs"
        else:
            paras = ["# Questionnaire DN4 et échelle de catastrophisation (PCS)", "Nom : _______________  Date : ________",
                     "Brûlure ? oui / non", "Sensation de froid douloureux ? oui / non", "Décharges électriques ? oui / non"]
            fname, sub = "DN4_PCS_vierge.docx", "Questionnaires d'accueil (versions vierges)"
        text = "\n".join([C.greet(rng, "fr"), "", "Veuillez utiliser la version ci-jointe à compter de lundi ; l'ancienne version doit être retirée des classeurs.", "",
                          C.sig(rng, st, "fr")])
    else:
        paras = ["# Opioid Treatment Agreement (TEMPLATE)", "Patient name: ______________________", "Date of birth: ___/___/_____",
                 "Health card no.: ______________", "Medication(s): ____________________", "I agree to use one prescriber and one pharmacy.",
                 "Patient signature: ______________  Date: ________"]
        fname, sub = "Opioid_agreement_template_v3.docx", "New template - opioid agreement"
        text = "\n".join([C.greet(rng, "en"), "", "Please use the attached version from Monday on and remove old copies.", "", C.sig(rng, st, "en")])
    doc = make_docx(paras, title=sub, author=st.full)
    atts = [Att(fname, DOCX_T, doc)]
    if rng.random() < 0.25:
        atts = [Att("gabarits.zip" if lang == "fr" else "templates.zip", "application/zip", make_zip([(fname, doc)]))]
    return R("blank_form", lang, "blank form / template", frm=ctx.pair(st), to=[_all(lang)], subject=sub, text=text, attachments=atts)


def teaching_case(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("chen", "haddad", "lavoie", "bergeron")
    age = rng.randint(28, 74)
    sex_fr, sex_en = rng.choice([("Femme", "Woman"), ("Homme", "Man")])
    if lang == "fr":
        case = [f"# Cas clinique – club de lecture", f"{sex_fr} de {age} ans, {_dx(rng, 'fr')} depuis {rng.randint(2, 10)} ans.",
                f"Traitement : hydromorphone {rng.choice([16, 24, 32])} mg/j, prégabaline 150 mg BID. DEM ≈ {rng.choice([80, 120, 160])} mg.",
                "Questions : 1) Candidat(e) à la radiofréquence ? 2) Stratégie de diminution ? 3) Place de la buprénorphine ?",
                "Article : essai randomisé sur la rotation vers la buprénorphine (résumé en annexe).",
                "Cas anonymisé – aucune donnée nominative."]
        text = "\n".join([C.greet(rng, "fr"), "", "Voici le cas pour le club de lecture de mercredi (anonymisé).", "", "\n".join(x.lstrip("# ") for x in case[1:4]),
                          "", C.sig(rng, st, "fr")])
        sub = "Club de lecture – cas de mercredi"
    else:
        case = ["# Teaching case - journal club", f"{sex_en}, {age}, {_dx(rng, 'en')} for {rng.randint(2, 10)} years.",
                f"On hydromorphone {rng.choice([16, 24, 32])} mg/day and pregabalin 150 mg BID. MED ~{rng.choice([80, 120, 160])} mg.",
                "Questions: 1) RFA candidate? 2) Taper strategy? 3) Role of buprenorphine rotation?", "De-identified case."]
        text = "\n".join([C.greet(rng, "en"), "", "Case for Wednesday's journal club (de-identified).", "", "\n".join(x.lstrip("# ") for x in case[1:4]),
                          "", C.sig(rng, st, "en")])
        sub = "Journal club - Wednesday case"
    atts = []
    if rng.random() < 0.5:
        atts.append(Att("cas_clinique.pdf" if lang == "fr" else "teaching_case.pdf", "application/pdf", make_pdf("Cas", case, letterhead=_letterhead(lang))))
    to = [ctx.pair(C.STAFF[k]) for k in ("chen", "haddad", "lavoie", "bergeron", "patel")]
    return R("teaching_case", lang, "anonymised teaching case", frm=ctx.pair(st), to=to, subject=sub, text=text, attachments=atts)


SUPPLIERS = [("Radiance Médical inc.", "radiance-medical.example", "Marie-Ève Cormier"),
             ("Boréa Surgical Supply", "boreasurgical.example", "Jason Whitley"),
             ("Medisol Distribution", "medisol.example", "Pascale Gendron"),
             ("Ortho-Lumen Canada", "ortholumen.example", "Derek Hamm")]


def invoice_po(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    sup = rng.choice(SUPPLIERS)
    st = ctx.staff("beaulieu", "demers")
    inv = f"{rng.choice(['F', 'INV', 'FAC'])}-{rng.randint(2024000, 2024999)}"
    po = f"BC-{rng.randint(40000, 49999)}"
    items = [("Canules RF 20G 100 mm pointe active 10 mm", "RF cannula 20G 100 mm, 10 mm active tip", 18.5),
             ("Électrodes de dispersion", "Dispersive electrode pads", 4.2),
             ("Plateaux épiduraux stériles", "Sterile epidural trays", 22.0),
             ("Aiguilles spinales Quincke 22G 3,5 po", "Quincke spinal needles 22G 3.5 in", 2.9),
             ("Champs stériles pour fluoroscopie", "Sterile C-arm drapes", 11.75)]
    sel = rng.sample(items, rng.randint(2, 4))
    rows = [["Article" if lang == "fr" else "Item", "Lot", "Qté" if lang == "fr" else "Qty", "Prix unit." if lang == "fr" else "Unit price", "Total"]]
    tot = 0
    for fr, en, pr in sel:
        q = rng.choice([10, 20, 25, 50, 100])
        tot += q * pr
        rows.append([fr if lang == "fr" else en, f"{rng.randint(2300000, 2499999)}", q, f"{pr:.2f}", f"{q * pr:.2f}"])
    tps, tvq = tot * 0.05, tot * 0.09975
    lines = [f"# {'FACTURE' if lang == 'fr' else 'INVOICE'} {inv}", f"{sup[0]}", f"{'Bon de commande' if lang == 'fr' else 'PO'} : {po}",
             f"{'Client' if lang == 'fr' else 'Customer'} : {C.CLINIC_FR}, {C.CLINIC_ADDR}", ""] + \
            ["   ".join(str(c) for c in r) for r in rows] + ["", f"Sous-total : {tot:.2f} $", f"TPS : {tps:.2f} $   TVQ : {tvq:.2f} $",
                                                            f"Total : {tot + tps + tvq:.2f} $", "Paiement net 30 jours."]
    pdf = make_pdf(inv, lines, letterhead=[sup[0], f"Tél. {C.phone(rng, '514')}"])
    contact = (sup[2], f"comptesrecevables@{sup[1]}")
    if lang == "fr":
        text = f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} (bon de commande {po}).\n\nMerci de votre confiance,\n{sup[2]}\n{sup[0]}"
        sub = f"Facture {inv}"
    else:
        text = f"Hello,\n\nPlease find attached invoice {inv} (PO {po}).\n\nThank you,\n{sup[2]}\n{sup[0]}"
        sub = f"Invoice {inv}"
    return R("invoice", lang, "supplier invoice with lot numbers", frm=contact, to=[ctx.pair(st)], subject=sub, text=text,
             attachments=[Att(f"{inv}.pdf", "application/pdf", pdf)])


def serial_asset(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    st = ctx.staff("rioux", "demers", "lachance")
    from stdnum import luhn
    def luhn_num(n):
        base = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
        return base + luhn.calc_check_digit(base)
    sn1 = luhn_num(9)
    sn2 = luhn_num(10)
    asset = f"ACT-{rng.randint(10000, 99999)}"
    if lang == "fr":
        text = "\n".join([C.greet(rng, "fr"), "",
                          "L'entretien préventif annuel des appareils de la salle d'intervention aura lieu jeudi :",
                          f"- Générateur de radiofréquence, no de série {sn1[:3]} {sn1[3:6]} {sn1[6:]} (actif {asset})",
                          f"- Arceau de fluoroscopie, no de série {sn2}",
                          f"- Pompe volumétrique, lot {rng.randint(100000, 999999)}, actif ACT-{rng.randint(10000, 99999)}",
                          "La salle 2 sera fermée de 8 h à 12 h ; les cas de Dr Haddad sont déplacés en salle 1.", "", C.sig(rng, st, "fr")])
        sub = "Entretien préventif – appareils salle d'intervention"
    else:
        text = "\n".join([C.greet(rng, "en"), "", "Annual preventive maintenance of procedure-room equipment is on Thursday:",
                          f"- RF generator, serial {sn1[:3]}-{sn1[3:6]}-{sn1[6:]} (asset {asset})", f"- C-arm, serial {sn2}",
                          "Room 2 closed 8:00-12:00.", "", C.sig(rng, st, "en")])
        sub = "Preventive maintenance - procedure room"
    return R("serial_numbers", lang, "equipment maintenance with serial/asset numbers (checksum-valid)", frm=ctx.pair(st), to=[_all(lang)], subject=sub, text=text)


def it_notice(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    it = C.STAFF["rioux"]
    k = rng.randint(0, 4)
    if lang == "fr":
        opts = [("Interruption du DME – samedi 22 h à dimanche 4 h", "Le dossier médical électronique sera inaccessible pendant la mise à jour. Utilisez les formulaires papier de relève ; la saisie se fera lundi."),
                ("ALERTE hameçonnage", "Un courriel frauduleux « Mise à jour de votre boîte RAMQ » circule. Ne cliquez pas sur le lien. Signalez-le avec le bouton « Signaler »."),
                ("Expiration des mots de passe", "Les mots de passe expirent vendredi. Minimum 14 caractères. Le soutien est joignable au poste 299."),
                ("Nouveau télécopieur numérique", "Les télécopies entrantes arriveront désormais dans la boîte partagée « fax-entrant ». Ne pas les transférer vers des adresses personnelles."),
                ("Remplacement des postes – salle 2", "Les ordinateurs de la salle d'intervention seront remplacés mardi. Sauvegardez vos fichiers locaux.")]
    else:
        opts = [("EMR downtime - Saturday 10 pm to Sunday 4 am", "The EMR will be unavailable during the upgrade. Use paper downtime forms."),
                ("PHISHING ALERT", "A fake 'Update your RAMQ mailbox' e-mail is circulating. Do not click. Use the Report button."),
                ("Password expiry", "Passwords expire Friday. Minimum 14 characters. Help desk ext. 299."),
                ("New digital fax", "Incoming faxes now arrive in the shared 'fax-incoming' mailbox. Never forward them to personal addresses."),
                ("Workstation replacement - room 2", "Procedure room PCs are being replaced Tuesday. Save local files.")]
    sub, body = opts[k]
    text = "\n".join([C.greet(rng, lang), "", body, "", C.sig(rng, it, lang)])
    return R("it_notice", lang, "IT notice", frm=ctx.pair(it), to=[_all(lang)], subject=sub, text=text)


def facilities(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("beaulieu", "demers")
    opts_fr = [("Stationnement – travaux", "Le stationnement P2 sera fermé du 3 au 7. Les patients en fauteuil roulant pourront utiliser le débarcadère avant."),
               ("Ascenseur B hors service", "L'ascenseur B est en réparation jusqu'à mercredi. Prévoir du temps pour les patients à mobilité réduite."),
               ("Climatisation salle d'intervention", "La température en salle 2 dépasse 25 °C ; le technicien passe demain 7 h."),
               ("Exercice d'évacuation", "Exercice d'incendie mardi 10 h. Les perfusions en cours ne seront pas interrompues ; le personnel de la salle de perfusion reste sur place.")]
    opts_en = [("Parking works", "Lot P2 is closed from the 3rd to the 7th. Wheelchair users may use the front drop-off."),
               ("Elevator B out of service", "Elevator B is under repair until Wednesday."),
               ("Procedure room A/C", "Room 2 is above 25 C; technician coming tomorrow at 7."),
               ("Fire drill", "Fire drill Tuesday 10 am. Ongoing infusions will not be interrupted.")]
    sub, body = rng.choice(opts_fr if lang == "fr" else opts_en)
    return R("facilities", lang, "facilities notice", frm=ctx.pair(st), to=[_all(lang)], subject=sub, text="\n".join([C.greet(rng, lang), "", body, "", C.sig(rng, st, lang)]))


def job_posting(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    hr = ("Ressources humaines", "rh@" + C.CLINIC_DOMAIN)
    job = rng.choice([("Physiothérapeute – programme lombalgie chronique", "Physiotherapist - chronic low back pain programme"),
                      ("Psychologue – douleur chronique (TCC, ACT)", "Psychologist - chronic pain (CBT, ACT)"),
                      ("Infirmière clinicienne – salle d'intervention", "Clinical nurse - procedure room"),
                      ("Agente administrative – accueil et prise de rendez-vous", "Administrative officer - reception and booking"),
                      ("Kinésiologue – programme fibromyalgie", "Kinesiologist - fibromyalgia programme")])
    if lang == "fr":
        body = [f"# Affichage de poste : {job[0]}", "Poste permanent, 4 jours/semaine.", "Exigences : membre de l'ordre professionnel ; expérience en douleur chronique un atout.",
                "Salaire selon l'échelle en vigueur. Faites parvenir votre CV à rh@" + C.CLINIC_DOMAIN + " avant le 30."]
        sub = f"Affichage – {job[0]}"
    else:
        body = [f"# Job posting: {job[1]}", "Permanent, 4 days/week.", "Requirements: licensed with the professional order; chronic pain experience an asset.",
                "Send your CV to rh@" + C.CLINIC_DOMAIN + " by the 30th."]
        sub = f"Posting - {job[1]}"
    atts = []
    if rng.random() < 0.5:
        atts.append(Att("affichage.pdf" if lang == "fr" else "posting.pdf", "application/pdf", make_pdf("Affichage", body, letterhead=_letterhead(lang))))
    return R("job_posting", lang, "job posting", frm=hr, to=[_all(lang)], subject=sub, text="\n".join(x.lstrip("# ") for x in body), attachments=atts)


def committee_notice(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    st = ctx.staff("beaulieu", "vachon", "demers")
    com = rng.choice([("Comité de pharmacologie", "Pharmacology committee"), ("Comité d'amélioration continue de la qualité", "Quality improvement committee"),
                      ("Comité de prévention des surdoses", "Overdose prevention committee"), ("Comité des usagers – volet douleur", "Users' committee - pain")])
    day = C.future_day(rng, C.msg_date(rng), 7, 30)
    start = _dt.datetime(day.year, day.month, day.day, 12, 0)
    if lang == "fr":
        agenda = ["1. Adoption de l'ordre du jour", "2. Suivi : protocole de perfusion de kétamine (v2)", "3. Indicateurs : DEM moyenne et taux de dépistages urinaires",
                  "4. Pénurie de bupivacaïne – mesures", "5. Varia"]
        text = "\n".join([C.greet(rng, "fr"), "", f"La prochaine réunion du {com[0]} aura lieu le {C.day_fr(day)} à midi (salle Érable / Teams).", "",
                          "Ordre du jour :"] + agenda + ["", C.sig(rng, st, "fr")])
        sub = f"{com[0]} – convocation"
    else:
        agenda = ["1. Agenda", "2. Ketamine infusion protocol v2", "3. Indicators: mean MED and UDS rate", "4. Bupivacaine shortage", "5. Other"]
        text = "\n".join([C.greet(rng, "en"), "", f"The next {com[1]} meeting is {C.day_en(day)} at noon (Maple room / Teams).", "", "Agenda:"] + agenda + ["", C.sig(rng, st, "en")])
        sub = f"{com[1]} - notice"
    atts = []
    if rng.random() < 0.6:
        ics = make_ics(ctx.msgid(), start, start + _dt.timedelta(hours=1), com[0] if lang == "fr" else com[1], "\n".join(agenda), "Salle Érable / Teams",
                       organizer=(st.full, st.email), attendees=[(C.STAFF[k].full, C.STAFF[k].email) for k in MDS])
        atts.append(Att("invitation.ics", "text/calendar; method=REQUEST", ics))
    return R("committee", lang, "committee meeting notice", frm=ctx.pair(st), to=[ctx.pair(C.STAFF[k]) for k in MDS], subject=sub, text=text, attachments=atts)


def drug_shortage(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    ph = C.STAFF["vachon"]
    d = rng.choice([("bupivacaïne 0,5 % sans épinéphrine (fioles 30 mL)", "bupivacaine 0.5% plain (30 mL vials)", "ropivacaïne 0,5 %", "ropivacaine 0.5%"),
                    ("acétate de méthylprednisolone 40 mg/mL", "methylprednisolone acetate 40 mg/mL", "dexaméthasone 10 mg (non particulaire)", "dexamethasone 10 mg (non-particulate)"),
                    ("trousses de naloxone nasale", "nasal naloxone kits", "naloxone injectable 0,4 mg/mL", "injectable naloxone 0.4 mg/mL"),
                    ("iohexol 300 (produit de contraste)", "iohexol 300 (contrast)", "iopamidol 300", "iopamidol 300")])
    if lang == "fr":
        text = "\n".join([C.greet(rng, "fr"), "", f"Le fournisseur nous avise d'une rupture d'approvisionnement de {d[0]} pour 6 à 8 semaines.",
                          f"Substitution recommandée : {d[2]}. Les ordonnances collectives seront mises à jour.",
                          "Merci de limiter l'usage aux indications prioritaires.", "", C.sig(rng, ph, "fr")])
        sub = f"Pénurie – {d[0].split(' (')[0]}"
    else:
        text = "\n".join([C.greet(rng, "en"), "", f"Supplier reports a shortage of {d[1]} for 6-8 weeks.", f"Recommended substitute: {d[3]}.", "",
                          C.sig(rng, ph, "en")])
        sub = f"Shortage - {d[1].split(' (')[0]}"
    return R("drug_shortage", lang, "drug shortage notice", frm=ctx.pair(ph), to=[_all(lang)], subject=sub, text=text)


def research_protocol(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.55)
    st = ctx.staff("haddad", "lavoie", "chen")
    code = f"BOR-{rng.randint(2023, 2024)}-{rng.randint(10, 99)}"
    if lang == "fr":
        L = [f"# Protocole {code} – Radiofréquence refroidie vs conventionnelle pour la gonarthrose", "Devis : essai randomisé, 2 bras, 1:1, n = 96.",
             "Critères d'inclusion : 50-85 ans, douleur au genou ≥ 6/10 depuis ≥ 6 mois, bloc géniculé diagnostique positif (≥ 50 %).",
             "Critères d'exclusion : arthroplastie antérieure, anticoagulation non interruptible, grossesse.",
             "Issue primaire : WOMAC douleur à 6 mois.", "Approbation du CER : en attente (dépôt le 12)."]
        text = "\n".join([C.greet(rng, "fr"), "", f"Voici la version 1.3 du protocole {code} pour commentaires avant le dépôt au comité d'éthique.", "",
                          C.sig(rng, st, "fr")])
        sub = f"Protocole {code} v1.3 – commentaires"
    else:
        L = [f"# Protocol {code} - Cooled vs conventional genicular RFA", "Design: randomized 1:1, n = 96.",
             "Inclusion: age 50-85, knee pain >= 6/10 for >= 6 months, positive diagnostic genicular block.", "Exclusion: prior arthroplasty, non-interruptible anticoagulation.",
             "Primary outcome: WOMAC pain at 6 months."]
        text = "\n".join([C.greet(rng, "en"), "", f"Protocol {code} v1.3 attached for comments before REB submission.", "", C.sig(rng, st, "en")])
        sub = f"Protocol {code} v1.3 - comments"
    f = rng.random()
    att = Att(f"{code}_v1.3.pdf", "application/pdf", make_pdf(code, L)) if f < 0.5 else Att(f"{code}_v1.3.docx", DOCX_T, make_docx(L, title=code, author=st.full))
    return R("research_protocol", lang, "research protocol without participants", frm=ctx.pair(st), to=[ctx.pair(C.STAFF[k]) for k in ("lavoie", "haddad", "chen")],
             subject=sub, text=text, attachments=[att])


def supplier_recall(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    sup = rng.choice(SUPPLIERS)
    lots = [f"{rng.randint(2300000, 2499999)}" for _ in range(rng.randint(2, 4))]
    if lang == "fr":
        text = "\n".join(["AVIS DE RAPPEL VOLONTAIRE – CLASSE II", "", f"{sup[0]} procède au rappel des plateaux épiduraux stériles, réf. EP-2218, lots : {', '.join(lots)}.",
                          "Motif : intégrité possiblement compromise de l'emballage stérile.", "Veuillez mettre en quarantaine les unités concernées et retourner le formulaire de confirmation.",
                          "", sup[2], "Affaires réglementaires", sup[0]])
        sub = "Avis de rappel – plateaux épiduraux EP-2218"
    else:
        text = "\n".join(["VOLUNTARY RECALL NOTICE - CLASS II", "", f"{sup[0]} is recalling sterile epidural trays ref. EP-2218, lots: {', '.join(lots)}.",
                          "Reason: possible sterile barrier breach.", "Quarantine affected units and return the acknowledgement form.", "", sup[2], sup[0]])
        sub = "Recall notice - epidural trays EP-2218"
    atts = []
    if rng.random() < 0.5:
        atts.append(Att("formulaire_confirmation_rappel.pdf" if lang == "fr" else "recall_acknowledgement.pdf", "application/pdf",
                        make_pdf("Rappel", ["# " + sub, "Établissement : __________________", "Quantité en stock : _____", "Signature : __________"])))
    return R("supplier_recall", lang, "supplier recall notice with lot numbers", frm=(sup[2], f"rappels@{sup[1]}"), to=[ctx.pair(C.STAFF["beaulieu"])],
             cc=[ctx.pair(C.STAFF["vachon"])], subject=sub, text=text, attachments=atts)


BUILDERS_NA = {
    "staff_schedule": (staff_schedule, 8),
    "vacation_hr": (vacation_hr, 5),
    "employee_health": (employee_health, 4),
    "payroll": (payroll, 4),
    "newsletter": (newsletter, 6),
    "conference_program": (conference_program, 5),
    "service_info": (service_info, 5),
    "aggregate_stats": (aggregate_stats, 7),
    "blank_form": (blank_form, 7),
    "teaching_case": (teaching_case, 6),
    "invoice_po": (invoice_po, 7),
    "serial_asset": (serial_asset, 4),
    "it_notice": (it_notice, 7),
    "facilities": (facilities, 5),
    "job_posting": (job_posting, 5),
    "committee_notice": (committee_notice, 6),
    "drug_shortage": (drug_shortage, 6),
    "research_protocol": (research_protocol, 4),
    "supplier_recall": (supplier_recall, 4),
}
