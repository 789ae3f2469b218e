"""Negative messages, part C: clinical-looking mail with no identifiable patient (newsletters, programmes,
committees, statistics, teaching cases, blank forms, templates, protocols, directories, policies)."""
import datetime as dt

from gen_common import ORGS, fmt_date, MOIS, MONTHS, luhn_serial, strip_accents
from gen_clin import Item, msg_date, workday_date, L, who, BOXES, signature
from gen_mime import Mail, Att, quote_reply, html_table, wrap_html
from gen_attach import make_pdf, make_xlsx, make_csv, make_docx, make_ics, make_zip


def dn(p):
    return "%s %s" % (p["given"], p["surname"])


def dr(p, lang):
    if lang == "fr":
        return ("Dre " if p["sex"] == "F" else "Dr ") + dn(p)
    return "Dr. " + dn(p)


def ti(p, lang):
    if lang == "fr":
        return ("Mme " if p["sex"] == "F" else "M. ") + dn(p)
    return ("Ms. " if p["sex"] == "F" else "Mr. ") + dn(p)


# --------------------------------------------------------------------------------------------
def n_newsletter(ctx, lang):
    d = workday_date(ctx)
    ppl = ctx.staff_many(4, lang)
    year = d.year - 1
    donors, tx = ctx.rng.randrange(28, 52), ctx.rng.randrange(90, 160)
    if lang == "fr":
        items = [
            ("Semaine nationale du don d'organes et de tissus",
             "Du 20 au 26 avril, kiosque dans le hall principal. En %d, %d donneurs référés par nos équipes ont permis "
             "%d greffes au Québec. Merci!" % (year, donors, tx)),
            ("Conférence midi", "La %s, intensiviste, présentera les nouvelles lignes directrices sur le décès "
                                "déterminé selon des critères neurologiques, incluant les cas de craniectomie et "
                                "d'hypothermie thérapeutique." % dr(ppl[0], "fr")),
            ("Reconnaissance", "%s, %s en don d'organes, a reçu le prix Excellence du Réseau pour son travail "
                               "auprès des familles endeuillées." % (ti(ppl[1], "fr"),
                                                                     "conseillère" if ppl[1]["sex"] == "F" else "conseiller")),
            ("Nouveau visage", "Bienvenue %s %s, pneumologue, qui rejoint l'équipe de greffe pulmonaire et la clinique "
                               "de fibrose kystique." % ("à la" if ppl[2]["sex"] == "F" else "au", dr(ppl[2], "fr"))),
        ]
        title = "Infolettre USI - %s %d" % (MOIS[d.month - 1], d.year)
    else:
        items = [
            ("National Organ and Tissue Donation Week",
             "April 20-26, booth in the main lobby. In %d, %d donors referred by our teams led to %d transplants. "
             "Thank you!" % (year, donors, tx)),
            ("Lunch talk", "%s, intensivist, will present the new guidelines on death determination by neurological "
                           "criteria, including craniectomy and therapeutic hypothermia cases." % dr(ppl[0], "en")),
            ("Recognition", "%s, organ donation coordinator, received the Network's Excellence Award for outstanding work "
                            "with bereaved families." % ti(ppl[1], "en")),
            ("New face", "Welcome to %s, respirologist, joining the lung transplant team and the cystic fibrosis "
                         "clinic." % dr(ppl[2], "en")),
        ]
        title = "ICU Newsletter - %s %d" % (MONTHS[d.month - 1], d.year)
    ctx.rng.shuffle(items)
    text = title + "\n\n" + "\n\n".join("%s\n%s" % it for it in items) + "\n\n" + L(
        lang, "Pour vous désabonner, répondez « STOP ».", "To unsubscribe, reply STOP.") + "\n" + \
        ORGS["chu"][lang] + " - " + ORGS["chu"]["addr_" + lang]
    html = wrap_html('<h2 style="color:#0a5a8a">%s</h2>\n' % title + "\n".join(
        "<h3>%s</h3>\n<p>%s</p>" % it for it in items) + '<hr><p style="font-size:8pt">%s<br>%s</p>' % (
        ORGS["chu"][lang], ORGS["chu"]["addr_" + lang]))
    m = Mail(BOXES["comm"], [("", "tout-le-personnel@chu-deuxrives.example")], title, text, html=html, date=d,
             lang=lang, shape=ctx.pick(["html", "alt"]))
    return Item(False, "newsletter", lang, m, L(lang, "infolettre interne", "internal newsletter"))


def n_conference(ctx, lang):
    d = workday_date(ctx)
    spk = ctx.staff_many(6, lang)
    topics = L(lang, ["Choc septique : quoi de neuf en 2025?", "Don après aide médicale à mourir : enjeux pratiques",
                      "ECMO pour SDRA sévère : sélection des patients", "Délirium aux soins intensifs",
                      "Approche des familles et consentement au don", "Insuffisance hépatique fulminante"],
                  ["Septic shock: what's new in 2025?", "Donation after medical assistance in dying: practical issues",
                   "ECMO for severe ARDS: patient selection", "Delirium in the ICU",
                   "Approaching families and consent to donation", "Fulminant hepatic failure"])
    ctx.rng.shuffle(topics)
    rows = [["%02d:%s" % (8 + i, ctx.pick(["00", "30"])), t, dr(s, lang)] for i, (t, s) in enumerate(zip(topics, spk))]
    title = L(lang, "Symposium annuel de soins critiques - programme", "Annual Critical Care Symposium - programme")
    pdf = make_pdf([("h", title), ("p", L(lang, "Le %s, Centre des congrès de Québec (fictif), salle 2000A",
                                          "%s, Québec City Convention Centre (fictional), room 2000A") %
                                    fmt_date(d.date() + dt.timedelta(days=40), "long", lang)),
                    ("table", [L(lang, "Heure", "Time"), L(lang, "Sujet", "Topic"), L(lang, "Conférencier", "Speaker")],
                     rows, [50, 300, 150])], title=title, author=ORGS["soc"][lang])
    body = L(lang, "Bonjour,\n\nLe programme du symposium est maintenant disponible (PDF joint). Inscription avant le %s; "
                   "6 heures de crédits de formation reconnues.\n", "Hello,\n\nThe symposium programme is now available "
                                                                      "(PDF attached). Register by %s; 6 hours of CME credits.\n") % \
        fmt_date(d.date() + dt.timedelta(days=20), "long", lang)
    body += "\n" + ORGS["soc"][lang] + "\n" + ORGS["soc"]["addr_" + lang] + "\n" + ORGS["soc"]["phone"] + "\n"
    atts = [Att(L(lang, "programme_symposium.pdf", "symposium_programme.pdf"), "application/pdf", data=pdf)]
    if ctx.chance(0.3):
        atts = [Att("symposium.zip", "application/zip", data=make_zip([(atts[0].filename, pdf),
                                                                         ("lisezmoi.txt" if lang == "fr" else "readme.txt",
                                                                          L(lang, "Programme sous réserve de modifications.",
                                                                            "Programme subject to change.").encode("utf-8"))]))]
    m = Mail((ORGS["soc"][lang], "congres@sqsc.example"), [BOXES["all_usi"]], title, body, date=d, lang=lang, atts=atts)
    return Item(False, "conference_programme", lang, m, L(lang, "programme de congrès", "conference programme"))


def n_committee(ctx, lang):
    d = workday_date(ctx)
    sec, frm = who(ctx, lang, "chu")
    members = ctx.staff_many(5, lang)
    start = dt.datetime.combine(d.date() + dt.timedelta(days=ctx.rng.randrange(5, 25)), dt.time(ctx.pick([7, 12, 16]), 30))
    kind = ctx.rng.randrange(2)
    if lang == "fr":
        name = ["Comité du don d'organes et de tissus", "Comité d'éthique clinique"][kind]
        agenda = ["Adoption du compte rendu", "Indicateurs trimestriels (taux de référence, taux de consentement)",
                  "Révision de la procédure DDC", "Formation des résidents", "Varia"] if kind == 0 else \
                 ["Adoption du compte rendu", "Consultation : directives médicales anticipées et don",
                  "Politique sur les soins de fin de vie - révision", "Varia"]
        body = ("Bonjour,\n\nVous êtes convoqué(e)s à la réunion du %s le %s à %s, salle C-3120 et par Teams.\n\n"
                "Ordre du jour :\n%s\n\nMembres : %s.\nPrésidence : %s\n"
                % (name, fmt_date(start.date(), "long", "fr"), start.strftime("%H h %M"),
                   "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)),
                   ", ".join(dr(m, "fr") if i < 2 else ti(m, "fr") for i, m in enumerate(members[1:])), dr(members[0], "fr")))
        subj = "Convocation - %s" % name
    else:
        name = ["Organ and Tissue Donation Committee", "Clinical Ethics Committee"][kind]
        agenda = ["Approval of minutes", "Quarterly indicators (referral rate, consent rate)", "DCD procedure review",
                  "Resident teaching", "Other business"] if kind == 0 else \
                 ["Approval of minutes", "Consultation: advance directives and donation",
                  "End-of-life care policy - review", "Other business"]
        body = ("Hello,\n\nYou are invited to the %s meeting on %s at %s, room C-3120 and on Teams.\n\nAgenda:\n%s\n\n"
                "Members: %s.\nChair: %s\n"
                % (name, fmt_date(start.date(), "long", "en"), start.strftime("%H:%M"),
                   "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)),
                   ", ".join(dr(m, "en") if i < 2 else ti(m, "en") for i, m in enumerate(members[1:])), dr(members[0], "en")))
        subj = "Meeting notice - %s" % name
    body += signature(ctx, sec, "chu", "adm", lang)
    atts = []
    if ctx.chance(0.5):
        atts.append(Att("reunion.ics" if lang == "fr" else "meeting.ics", "text/calendar",
                        text=make_ics("%08x@chu-deuxrives.example" % ctx.rng.getrandbits(32), start,
                                      start + dt.timedelta(hours=1, minutes=30), name, "\n".join(agenda),
                                      "C-3120", (dn(sec), frm[1]),
                                      [(dn(m), "%s.%s@chu-deuxrives.example" % (strip_accents(m["given"][0]).lower(),
                                                                                strip_accents(m["surname"]).lower()))
                                       for m in members], d)))
    m = Mail(frm, [("", "comite.don@chu-deuxrives.example")], subj, body, date=d, lang=lang, atts=atts)
    return Item(False, "committee_notice", lang, m, L(lang, "convocation de comité", "committee meeting notice"))


def n_stats(ctx, lang):
    d = workday_date(ctx)
    an, frm = who(ctx, lang, "don")
    months = [(MOIS if lang == "fr" else MONTHS)[(d.month - 4 + i) % 12] for i in range(3)]
    rows = []
    for mname in months:
        ref = ctx.rng.randrange(8, 26)
        ndd = ctx.rng.randrange(1, 7)
        dcd = ctx.rng.randrange(0, 5)
        cons = ctx.rng.randrange(50, 86)
        rows.append([mname, ref, ndd, dcd, "%d %%" % cons if lang == "fr" else "%d%%" % cons, ctx.rng.randrange(4, 30)])
    hdr = L(lang, ["Mois", "Références", "DDN", "DDC", "Taux de consentement", "Organes greffés"],
            ["Month", "Referrals", "NDD", "DCD", "Consent rate", "Organs transplanted"])
    body = L(lang, "Bonjour,\n\nStatistiques trimestrielles des établissements de la région (données agrégées, aucune "
                   "donnée nominative) :\n\n", "Hello,\n\nQuarterly statistics for the region's hospitals (aggregate data, "
                                                 "no identifying data):\n\n")
    body += "\n".join(" | ".join(str(c) for c in r) for r in [hdr] + rows)
    body += L(lang, "\n\nLe taux de référence des décès admissibles à l'USI est de %d %% (cible 95 %%).\n",
              "\n\nThe referral rate of eligible ICU deaths is %d%% (target 95%%).\n") % ctx.rng.randrange(78, 97)
    body += signature(ctx, an, "don", "coord", lang).replace(L(lang, "Conseillère en don d'organes", "Organ Donation Coordinator"),
                                                             L(lang, "Analyste, performance", "Performance Analyst"))
    atts = []
    r = ctx.rng.randrange(3)
    if r == 0:
        atts.append(Att(L(lang, "stats_trimestre.csv", "quarterly_stats.csv"), "text/csv", text=make_csv(hdr, rows)))
    elif r == 1:
        atts.append(Att(L(lang, "stats_trimestre.xlsx", "quarterly_stats.xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        data=make_xlsx([("Stats", hdr, rows)], title="Stats", author=dn(an))))
    m = Mail(frm, [("", "directions.usi@reseau-boreal-don.example")], L(lang, "Statistiques trimestrielles du don",
                                                                          "Quarterly donation statistics"),
             body, date=d, lang=lang, atts=atts)
    return Item(False, "aggregate_statistics", lang, m, L(lang, "statistiques agrégées", "aggregate statistics"))


def n_teaching(ctx, lang):
    d = workday_date(ctx)
    prof, frm = who(ctx, lang, "chu")
    age = ctx.rng.randrange(24, 71)
    if lang == "fr":
        case = ctx.pick([
            "Homme de %d ans, ACR extrahospitalier sur FV, RCR 25 minutes, retour de circulation spontanée. "
            "À J3 : GCS 3, pupilles aréactives, toux absente. Questions : quels prérequis avant l'examen DDN? "
            "Quand un examen auxiliaire est-il nécessaire?",
            "Femme de %d ans, HSA Hunt-Hess V. La famille demande si le don est possible alors que la patiente "
            "respire encore spontanément. Discuter du DDC et des critères de Maastricht.",
            "Patient de %d ans sous ECMO VA depuis 9 jours sans récupération. Discuter du retrait et des enjeux "
            "éthiques du don dans ce contexte.",
        ]) % age
        body = ("Bonjour,\n\nCas pour la tournée d'enseignement de jeudi (cas fictif inspiré de situations réelles, "
                "aucune donnée identifiante) :\n\n%s\n\nLectures suggérées : lignes directrices canadiennes 2023.\n" % case)
        subj = "Cas clinique - tournée d'enseignement"
    else:
        case = ctx.pick([
            "A %d-year-old man, out-of-hospital VF arrest, 25 minutes of CPR, ROSC. Day 3: GCS 3, fixed pupils, no "
            "cough. Questions: what prerequisites before NDD testing? When is an ancillary test needed?",
            "A %d-year-old woman with Hunt-Hess V SAH. The family asks whether donation is possible while she still "
            "breathes spontaneously. Discuss DCD and the Maastricht categories.",
            "A %d-year-old patient on VA-ECMO for 9 days with no recovery. Discuss withdrawal and the ethics of "
            "donation in this context.",
        ]) % age
        body = ("Hi,\n\nCase for Thursday's teaching rounds (fictional case based on real situations, no identifying "
                "data):\n\n%s\n\nSuggested reading: 2023 Canadian guidelines.\n" % case)
        subj = "Teaching case - rounds"
    body += signature(ctx, prof, "chu", "int", lang)
    m = Mail(frm, [("", "residents.si@chu-deuxrives.example")], subj, body, date=d, lang=lang)
    return Item(False, "teaching_case", lang, m, L(lang, "cas d'enseignement dépersonnalisé", "de-identified teaching case"))


def n_blank_form(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "don")
    fields = L(lang, [("Nom du patient", "________________________"), ("Prénom", "________________________"),
                      ("Date de naissance (AAAA-MM-JJ)", "____-__-__"), ("Sexe", "[ ] F   [ ] M"),
                      ("NAM", "____ ____ ____"), ("No de dossier", "__________"),
                      ("Diagnostic / cause du décès", "________________________"),
                      ("Groupe sanguin", "____"), ("Répondant (nom, lien, téléphone)", "________________________")],
                  [("Patient name", "________________________"), ("Given name", "________________________"),
                   ("Date of birth (YYYY-MM-DD)", "____-__-__"), ("Sex", "[ ] F   [ ] M"),
                   ("Health insurance no.", "____ ____ ____"), ("MRN", "__________"),
                   ("Diagnosis / cause of death", "________________________"), ("Blood group", "____"),
                   ("Decision-maker (name, relation, phone)", "________________________")])
    title = L(lang, "Formulaire de référence - donneur potentiel (version 2025-02)",
              "Potential donor referral form (version 2025-02)")
    blocks = [("h", title), ("kv", fields), ("p", L(lang, "Télécopier au 1 855 555-0124 ou téléverser dans le portail sécurisé.",
                                                    "Fax to 1 855 555-0124 or upload to the secure portal."))]
    fmt = ctx.pick(["pdf", "docx"])
    if fmt == "pdf":
        att = Att(L(lang, "formulaire_reference_vierge.pdf", "referral_form_blank.pdf"), "application/pdf",
                  data=make_pdf(blocks, title=title, author=ORGS["don"][lang]))
    else:
        att = Att(L(lang, "Formulaire référence (vierge).docx", "Referral form (blank).docx"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  data=make_docx(blocks, title=title, author=ORGS["don"][lang]))
    body = L(lang, "Bonjour,\n\nNouvelle version du formulaire de référence, à utiliser dès le 1er mars. Les anciennes "
                   "versions papier doivent être retirées des postes.\n",
             "Hello,\n\nNew version of the referral form, to be used from March 1. Please remove older paper "
             "copies from the nursing stations.\n")
    body += signature(ctx, a, "don", ctx.pick(["coord", "coordm"]), lang)
    m = Mail(frm, [BOXES["all_usi"]], L(lang, "Nouveau formulaire de référence", "New referral form"), body, date=d,
             lang=lang, atts=[att])
    return Item(False, "blank_form", lang, m, L(lang, "formulaire vierge", "blank form"))


def n_mailmerge(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "don")
    style = ctx.rng.randrange(2)
    ph = (lambda k: "«%s»" % k) if style == 0 else (lambda k: "{{%s}}" % k)
    if lang == "fr":
        tmpl = ("%s %s\n%s\n%s\n\nObjet : Remerciements\n\n%s %s,\n\nAu nom du Réseau, nous tenons à vous exprimer notre "
                "profonde gratitude pour le don de %s, le %s. Grâce à ce geste, %s personnes ont reçu une greffe.\n\n"
                "Si vous le souhaitez, notre équipe de soutien aux familles peut vous joindre au numéro de votre choix.\n"
                % (ph("Civilité"), ph("Nom_famille"), ph("Adresse"), ph("Ville_CP"), ph("Civilité"), ph("Nom_famille"),
                   ph("Prénom_donneur"), ph("Date_don"), ph("Nb_receveurs")))
        body = ("Bonjour,\n\nVoici le modèle de lettre pour le publipostage du mois. Ne pas modifier les champs "
                "entre guillemets; la fusion se fait à partir du fichier sécurisé.\n\n-----\n%s-----\n" % tmpl)
        subj = "Modèle - lettre de remerciement aux familles"
    else:
        tmpl = ("%s %s\n%s\n%s\n\nRe: Thank you\n\nDear %s %s,\n\nOn behalf of the Network, we wish to express our deep "
                "gratitude for the gift of %s on %s. Thanks to this gift, %s people received a transplant.\n\n"
                "If you wish, our family support team can call you at the number of your choice.\n"
                % (ph("Title"), ph("Family_name"), ph("Address"), ph("City_PC"), ph("Title"), ph("Family_name"),
                   ph("Donor_first_name"), ph("Donation_date"), ph("Recipient_count")))
        body = ("Hello,\n\nHere is the letter template for this month's mail merge. Do not edit the merge fields; the "
                "merge runs from the secure file.\n\n-----\n%s-----\n" % tmpl)
        subj = "Template - family thank-you letter"
    body += signature(ctx, a, "don", ctx.pick(["coord", "coordm"]), lang)
    atts = []
    if ctx.chance(0.5):
        atts.append(Att(L(lang, "modele_remerciement.docx", "thank_you_template.docx"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        data=make_docx([("p", x) for x in tmpl.split("\n") if x], title="Modele", author=dn(a))))
    m = Mail(frm, [("", "soutien.familles@reseau-boreal-don.example")], subj, body, date=d, lang=lang, atts=atts)
    return Item(False, "mailmerge_template", lang, m, L(lang, "modèle de publipostage", "mail-merge template"))


def n_protocol(ctx, lang):
    d = workday_date(ctx)
    pi, frm = who(ctx, lang, "chu")
    acr = ctx.pick(["DONOR-TEMP", "HEMO-DDN", "LUNG-EX"])
    if lang == "fr":
        blocks = [("h", "Protocole %s - résumé" % acr),
                  ("p", "Objectif : évaluer l'effet d'une hypothermie légère (34-35 °C) chez le donneur après DDN sur la "
                        "fonction retardée du greffon rénal."),
                  ("p", "Critères d'inclusion : donneur adulte après DDN, consentement du répondant au volet recherche. "
                        "Exclusion : instabilité hémodynamique réfractaire."),
                  ("p", "Taille d'échantillon : 240 donneurs, 6 centres. Analyse en intention de traiter."),
                  ("p", "Chercheur principal : %s. Approbation du CER : 2025-118." % dr(pi, "fr"))]
        body = "Bonjour,\n\nRésumé du protocole %s pour le comité scientifique, version 1.3.\n" % acr
        subj = "Protocole %s - v1.3" % acr
    else:
        blocks = [("h", "%s protocol - summary" % acr),
                  ("p", "Aim: assess the effect of mild hypothermia (34-35 C) in donors after NDD on delayed kidney "
                        "graft function."),
                  ("p", "Inclusion: adult donor after NDD, substitute decision-maker consent to the research component. "
                        "Exclusion: refractory haemodynamic instability."),
                  ("p", "Sample size: 240 donors, 6 sites. Intention-to-treat analysis."),
                  ("p", "Principal investigator: %s. REB approval: 2025-118." % dr(pi, "en"))]
        body = "Hello,\n\n%s protocol summary for the scientific committee, version 1.3.\n" % acr
        subj = "%s protocol - v1.3" % acr
    body += signature(ctx, pi, "chu", "int", lang)
    fmt = ctx.pick(["pdf", "docx"])
    att = Att("%s_v1.3.%s" % (acr, fmt), "application/pdf" if fmt == "pdf" else
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              data=make_pdf(blocks, title=acr, author=dn(pi)) if fmt == "pdf" else make_docx(blocks, title=acr, author=dn(pi)))
    m = Mail(frm, [("", "recherche.si@chu-deuxrives.example")], subj, body, date=d, lang=lang, atts=[att])
    return Item(False, "research_protocol", lang, m, L(lang, "protocole de recherche sans participants", "research protocol without participants"))


def n_directory(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "don")
    docs = ctx.staff_many(5, lang)
    specs = L(lang, ["transplantation hépatique, cirrhose et carcinome hépatocellulaire",
                     "greffe pulmonaire, fibrose kystique et fibrose pulmonaire",
                     "néphrologie de greffe, glomérulonéphrites",
                     "insuffisance cardiaque avancée et assistance ventriculaire",
                     "neurologie vasculaire, hémorragie sous-arachnoïdienne"],
              ["liver transplantation, cirrhosis and hepatocellular carcinoma",
               "lung transplantation, cystic fibrosis and pulmonary fibrosis",
               "transplant nephrology, glomerulonephritis",
               "advanced heart failure and ventricular assist devices",
               "vascular neurology, subarachnoid haemorrhage"])
    lines = ["- %s - %s - %s" % (dr(p, lang), s, ORGS["chu"]["phone"] + L(lang, " poste ", " ext. ") +
                                 str(ctx.rng.randrange(2000, 8999))) for p, s in zip(docs, specs)]
    body = L(lang, "Bonjour,\n\nListe à jour des médecins répondants pour les offres d'organes (à afficher au poste) :\n\n",
             "Hello,\n\nUpdated list of responding physicians for organ offers (please post at the desk):\n\n") + \
        "\n".join(lines) + "\n"
    body += signature(ctx, a, "don", ctx.pick(["coord", "coordm"]), lang)
    m = Mail(frm, [BOXES["all_usi"]], L(lang, "Médecins répondants - mise à jour", "Responding physicians - update"),
             body, date=d, lang=lang)
    return Item(False, "physician_directory", lang, m, L(lang, "répertoire de médecins et spécialités", "physician directory with specialties"))


def n_policy(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "chu")
    code = "PRO-USI-%03d" % ctx.rng.randrange(10, 60)
    if lang == "fr":
        changes = ["Le test d'apnée se fait désormais avec une cible de PaCO2 >= 60 mmHg ET une hausse >= 20 mmHg.",
                   "Un seul examen clinique suffit chez l'adulte (deux examens pour les moins d'un an).",
                   "L'examen auxiliaire est requis si les prérequis ne peuvent être respectés (sédation résiduelle).",
                   "La référence au Réseau est obligatoire pour tout patient ventilé avec un GCS <= 5 sans sédation."]
        body = ("Bonjour,\n\nLa procédure %s (détermination du décès selon des critères neurologiques) a été révisée. "
                "Principaux changements :\n\n%s\n\nLa procédure complète est dans l'intranet. Merci d'en prendre "
                "connaissance avant le %s.\n" % (code, "\n".join("- " + c for c in changes),
                                                 fmt_date(d.date() + dt.timedelta(days=30), "long", "fr")))
        subj = "Révision de la procédure %s - DDN" % code
    else:
        changes = ["The apnoea test now targets PaCO2 >= 60 mmHg AND a rise >= 20 mmHg.",
                   "A single clinical exam is sufficient in adults (two exams under one year of age).",
                   "An ancillary test is required when prerequisites cannot be met (residual sedation).",
                   "Referral to the Network is mandatory for any ventilated patient with GCS <= 5 off sedation."]
        body = ("Hello,\n\nProcedure %s (death determination by neurological criteria) has been revised. Key changes:\n\n"
                "%s\n\nThe full procedure is on the intranet. Please read it before %s.\n"
                % (code, "\n".join("- " + c for c in changes), fmt_date(d.date() + dt.timedelta(days=30), "long", "en")))
        subj = "Procedure %s revised - NDD" % code
    body += signature(ctx, a, "chu", "cadre", lang)
    atts = []
    if ctx.chance(0.4):
        atts.append(Att("%s.docx" % code, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        data=make_docx([("h", code)] + [("p", c) for c in changes], title=code, author=dn(a))))
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang, atts=atts)
    return Item(False, "policy_update", lang, m, L(lang, "révision de procédure", "procedure revision"))


def n_quality(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "chu")
    vap = ("%.1f" % ctx.rng.uniform(1.5, 6.5))
    clabsi = ("%.1f" % ctx.rng.uniform(0.2, 2.1))
    smr = ("%.2f" % ctx.rng.uniform(0.7, 1.1))
    if lang == "fr":
        vap, clabsi, smr = vap.replace(".", ","), clabsi.replace(".", ","), smr.replace(".", ",")
        body = ("Bonjour,\n\nCompte rendu du comité qualité de l'USI :\n\n- Pneumonies acquises sous ventilation : %s / 1000 "
                "jours-ventilateur (cible < 4)\n- Bactériémies sur cathéter central : %s / 1000 jours-cathéter\n"
                "- Ratio de mortalité standardisé : %s\n- Taux d'extubation non planifiée : 0,9 / 100 jours-ventilateur\n\n"
                "Actions : audit de l'élévation de la tête du lit, rappel sur l'hygiène buccale à la chlorhexidine.\n"
                % (vap, clabsi, smr))
        subj = "Compte rendu - comité qualité USI"
    else:
        body = ("Hello,\n\nICU quality committee minutes:\n\n- Ventilator-associated pneumonia: %s / 1000 ventilator-days "
                "(target < 4)\n- Central line bloodstream infections: %s / 1000 line-days\n- Standardised mortality "
                "ratio: %s\n- Unplanned extubation: 0.9 / 100 ventilator-days\n\nActions: head-of-bed elevation audit, "
                "reminder on chlorhexidine oral care.\n" % (vap, clabsi, smr))
        subj = "Minutes - ICU quality committee"
    body += signature(ctx, a, "chu", "cadre", lang)
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "quality_minutes", lang, m, L(lang, "compte rendu qualité avec taux", "quality minutes with rates"))


def n_ceremony(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "don")
    when = d.date() + dt.timedelta(days=ctx.rng.randrange(20, 60))
    body = L(lang, "Bonjour à toutes et à tous,\n\nLa cérémonie annuelle de reconnaissance des familles de donneurs aura lieu "
                   "le %s à 14 h, à la chapelle du pavillon B. Le personnel de l'USI est invité à y assister; les familles "
                   "ont été invitées directement par le Réseau. Merci de confirmer votre présence avant le %s.\n",
             "Hello everyone,\n\nThe annual donor family recognition ceremony will take place on %s at 2 pm in the "
             "B wing chapel. ICU staff are welcome to attend; families were invited directly by the Network. Please "
             "RSVP by %s.\n") % (fmt_date(when, "long", lang), fmt_date(when - dt.timedelta(days=10), "long", lang))
    body += signature(ctx, a, "don", ctx.pick(["coord", "coordm"]), lang)
    orig = None
    if ctx.chance(0.5):
        # forwarded as an attached message by the unit manager
        mgr, mfrm = who(ctx, lang, "chu")
        inner = Mail(frm, [("", "gestionnaires@chu-deuxrives.example")],
                     L(lang, "Cérémonie de reconnaissance", "Recognition ceremony"), body, date=d, lang=lang, shape="plain")
        m = Mail(mfrm, [BOXES["all_usi"]], L(lang, "TR: Cérémonie de reconnaissance", "FW: Recognition ceremony"),
                 L(lang, "Pour votre information, voir le message joint.\n\n", "FYI, see attached message.\n\n") + mgr["given"],
                 date=d + dt.timedelta(hours=2), lang=lang,
                 atts=[Att(L(lang, "Cérémonie de reconnaissance.eml", "Recognition ceremony.eml"), "message/rfc822", mail=inner)])
    else:
        m = Mail(frm, [BOXES["all_usi"]], L(lang, "Cérémonie de reconnaissance", "Recognition ceremony"), body, date=d, lang=lang)
    return Item(False, "ceremony_invite", lang, m, L(lang, "invitation à une cérémonie", "ceremony invitation"))


SCENARIOS = {
    "newsletter": n_newsletter, "conference_programme": n_conference, "committee_notice": n_committee,
    "aggregate_statistics": n_stats, "teaching_case": n_teaching, "blank_form": n_blank_form,
    "mailmerge_template": n_mailmerge, "research_protocol": n_protocol, "physician_directory": n_directory,
    "policy_update": n_policy, "quality_minutes": n_quality, "ceremony_invite": n_ceremony,
}
