"""Hard negatives, part 2 (bilingual templates: each takes lang)."""
import datetime

from gen_clin import bye, hello, new, orig_header, quote
from gen_common import DOM, SHELTERS, Att, fdate, fr_at, signature, staff
from gen_docs import make_csv, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_neg_a import DOCX, XLSX, T, luhn_serial, mod97_lot, month_name


def stats(r, w, lang):
    s = new(r, lang, "statistics", T(lang, "statistiques agrégées mensuelles de l'équipe de crise",
                                    "aggregate monthly crisis team statistics"), False, "chef", ("chef",), ("psy",))
    m = r.randint(1, 10)
    rows = [(T(lang, "Indicateur", "Indicator"), month_name(lang, m), month_name(lang, m + 1))]
    ind = T(lang, ["Interventions EMC", "Dont idées suicidaires", "Applications P-38 (art. 8)", "Surdoses non mortelles",
                   "Personnes différentes rejointes", "Références SIV/SIM", "Délai moyen d'intervention (min)"],
            ["MCT interventions", "Of which suicidal ideation", "P-38 (s. 8) applications", "Non-fatal overdoses",
             "Unique people reached", "ICM/ACT referrals", "Mean response time (min)"])
    cols = []
    for _ in range(2):
        n = r.randint(140, 330)
        cols.append([n, int(n * r.uniform(0.25, 0.4)), int(n * r.uniform(0.03, 0.08)), r.randint(12, 60),
                     int(n * r.uniform(0.55, 0.75)), int(n * r.uniform(0.08, 0.15)), r.randint(24, 58)])
    for k, i in enumerate(ind):
        rows.append((i, str(cols[0][k]), str(cols[1][k])))
    s.subject = T(lang, "Statistiques EMC – %s" % month_name(lang, m + 1), "MCT statistics – %s" % month_name(lang, m + 1))
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang), T(lang, "Voici les données agrégées du tableau de bord (aucune donnée nominative).",
                          "Aggregate dashboard figures below (no identifying data)."),
        "\n".join(" | ".join(x) for x in rows),
        T(lang, r.choice(["Les interventions liées à la méthamphétamine et à la psychose restent en hausse.",
                          "Le délai moyen reste sous la cible de 60 minutes.",
                          "Données préliminaires : validation par l'équipe qualité en cours."]),
          r.choice(["Calls involving methamphetamine and psychosis keep rising.",
                    "Mean response time stays under the 60-minute target.",
                    "Preliminary figures; quality team validation pending."])), signature(s.frm, lang, r))
    if r.random() < 0.5:
        s.atts.append(Att("stats_%02d.csv" % (m + 1), "text/csv", make_csv(rows, delimiter=";" if lang == "fr" else ",")))
    return s


def teaching_case(r, w, lang):
    s = new(r, lang, "teaching_case", T(lang, "vignette clinique dépersonnalisée pour l'enseignement",
                                       "de-identified teaching case"), False, "psy", ("inf", "ts", "md"))
    age = r.choice([23, 31, 38, 44, 52, 61])
    fem = r.random() < 0.5
    d = {"age": age, "sexe": "Femme" if fem else "Homme", "f": "e" if fem else "", "sex": "woman" if fem else "man"}
    cases = T(lang, [
        "%(sexe)s de %(age)d ans, en situation d'itinérance chronique, connu%(f)s pour une schizophrénie et un trouble "
        "lié à l'usage de stimulants. Amené%(f)s par les policiers pour comportement désorganisé dans le métro. Refuse "
        "la médication. Questions : critères de dangerosité (P-38) ? Place d'un antipsychotique injectable ?",
        "%(sexe)s de %(age)d ans, consommation quotidienne de fentanyl par inhalation, abcès récidivants, dort dans un "
        "campement. Demande de l'approvisionnement plus sécuritaire. Questions : comment structurer l'induction ? "
        "Quels suivis infectieux ?",
        "%(sexe)s de %(age)d ans, hébergé%(f)s en refuge, toux depuis 6 semaines et perte de poids. Radiographie : "
        "cavitation apicale. Questions : isolement en refuge ? Enquête de contacts ?"],
        ["A %(age)d-year-old %(sex)s, chronically homeless, known for schizophrenia and stimulant use disorder, brought "
         "by police for disorganized behaviour in the metro. Refuses medication. Questions: dangerousness criteria? "
         "Role of a long-acting injectable?",
         "A %(age)d-year-old %(sex)s who smokes fentanyl daily, has recurrent abscesses and sleeps in an encampment, "
         "asks for safer supply. Questions: how to structure the induction? What infectious disease follow-up?",
         "A %(age)d-year-old %(sex)s staying in a shelter, coughing for 6 weeks with weight loss; chest X-ray shows an "
         "apical cavity. Questions: isolation in a shelter setting? Contact tracing?"])
    c = r.choice(cases) % d
    s.subject = T(lang, "Cas clinique pour le club de lecture", "Teaching case for Thursday rounds")
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "chers collègues", "all")),
        T(lang, "Voici la vignette pour jeudi (cas fictif inspiré de plusieurs situations, aucune donnée réelle) :",
          "Here is the vignette for Thursday (composite case, no real patient data):"), c,
        T(lang, "Lecture suggérée : lignes directrices canadiennes sur le TUO (2018).",
          "Suggested reading: Canadian OUD guideline (2018)."), s.frm.doc(lang))
    return s


def blank_form(r, w, lang):
    s = new(r, lang, "blank_form", T(lang, "formulaire vierge de référence", "blank referral form"), False, "agent",
            ("inf", "ts"))
    fields = T(lang, ["Nom de l'usager : ______________________", "Date de naissance (AAAA-MM-JJ) : ____-__-__",
                      "NAM : ____ ____ ____   Exp. : __/__", "Sexe : □ F  □ M  □ X",
                      "Adresse / lieu d'hébergement : ______________________", "Téléphone : (___) ___-____",
                      "Diagnostic(s) connu(s) : ______________________", "Médication actuelle : ______________________",
                      "Motif de la référence : ______________________", "Consentement signé : □ oui □ non",
                      "Référent : ______________  Tél. : ______________"],
               ["Client name: ______________________", "Date of birth (YYYY-MM-DD): ____-__-__",
                "Health card (RAMQ): ____ ____ ____   Exp.: __/__", "Sex: [ ] F  [ ] M  [ ] X",
                "Address / shelter: ______________________", "Phone: (___) ___-____",
                "Known diagnoses: ______________________", "Current medication: ______________________",
                "Reason for referral: ______________________", "Consent signed: [ ] yes [ ] no",
                "Referred by: ______________  Tel: ______________"])
    title = T(lang, "Formulaire de référence – SIV itinérance (version 2024-03)", "Referral form – ICM (version 2024-03)")
    if r.random() < 0.5:
        s.atts.append(Att(T(lang, "Formulaire_reference_SIV_vierge.pdf", "Referral_form_blank.pdf"), "application/pdf",
                          make_pdf(title, fields)))
    else:
        s.atts.append(Att(T(lang, "Formulaire_référence_vierge.docx", "Referral_form_blank.docx"), DOCX,
                          make_docx(title, fields, s.date)))
    s.subject = T(lang, "Nouveau formulaire de référence", "New referral form")
    s.body = "%s\n\n%s\n\n%s" % (hello(r, lang), T(lang, "Voici la nouvelle version du formulaire de référence. "
                                                         "Merci de détruire les anciennes copies.",
                                                   "Attached is the new referral form. Please discard old copies."),
                                 signature(s.frm, lang, r))
    return s


def mail_merge(r, w, lang):
    s = new(r, lang, "mail_merge_template", T(lang, "gabarit de publipostage pour rappels de rendez-vous",
                                             "mail-merge template for appointment reminders"), False, "agent", ("chef",))
    tpl = T(lang, "Bonjour «Prénom» «Nom»,\n\nCeci est un rappel de votre rendez-vous le «Date_RV» à «Heure_RV» à la "
                  "«Clinique». Numéro de dossier : «No_dossier».\nSi vous ne pouvez pas venir, appelez le 514-555-0157.\n\n"
                  "L'équipe de la clinique de proximité",
            "Hello {{first_name}} {{last_name}},\n\nThis is a reminder of your appointment on {{appt_date}} at "
            "{{appt_time}} at {{clinic}}. Chart number: {{mrn}}.\nIf you cannot come, call 514-555-0157.\n\n"
            "The Street Health team")
    s.subject = T(lang, "Gabarit – rappel SMS/courriel", "Template – reminder text")
    s.body = "%s\n\n%s\n\n---\n%s\n---\n\n%s" % (
        hello(r, lang, s.tos[0].given), T(lang, "Voici le gabarit proposé pour les rappels automatiques. Les champs "
                                                "seront remplis par le système de rendez-vous.",
                                          "Proposed template for automated reminders; fields are filled by the booking "
                                          "system."), tpl, signature(s.frm, lang, r))
    if r.random() < 0.4:
        s.atts.append(Att("gabarit_rappel.docx" if lang == "fr" else "reminder_template.docx", DOCX,
                          make_docx(T(lang, "Gabarit de rappel", "Reminder template"), tpl.split("\n"), s.date)))
    return s


def shortage(r, w, lang):
    s = new(r, lang, "drug_shortage", T(lang, "avis de pénurie de médicament", "drug shortage notice"), False, "pharm", ())
    s.to = [(T(lang, "Prescripteurs – santé mentale et dépendances", "Prescribers – mental health & addictions"),
             "prescripteurs@" + DOM)]
    drug, alt = r.choice(T(lang, [("palmitate de palipéridone 150 mg (Invega Sustenna)", "utiliser 2 x 75 mg"),
                                  ("naloxone nasale 4 mg", "trousses injectables 0,4 mg/mL en remplacement"),
                                  ("buprénorphine-naloxone 8 mg/2 mg", "combiner des comprimés de 2 mg"),
                                  ("lorazépam 1 mg sublingual", "lorazépam oral 1 mg")],
                           [("paliperidone palmitate 150 mg (Invega Sustenna)", "use 2 x 75 mg"),
                            ("naloxone nasal spray 4 mg", "injectable 0.4 mg/mL kits instead"),
                            ("buprenorphine-naloxone 8 mg/2 mg", "combine 2 mg tablets"),
                            ("lorazepam 1 mg sublingual", "oral lorazepam 1 mg")]))
    s.subject = T(lang, "Pénurie – %s" % drug, "Shortage – %s" % drug)
    s.body = "%s\n\n%s\n\n%s" % (hello(r, lang), T(lang, "Le fournisseur annonce une rupture de %s jusqu'à la mi-%s. "
                                                         "Alternative : %s. Aucune modification d'ordonnance n'est "
                                                         "requise pour les usagers stables ; la pharmacie communiquera "
                                                         "avec vous au besoin." % (drug, month_name("fr", min(12, s.date.month + 2)), alt),
                                                   "The supplier reports %s will be out of stock until mid-%s. "
                                                   "Alternative: %s. No prescription changes needed for stable patients; "
                                                   "pharmacy will contact you if needed." % (drug, month_name("en", min(12, s.date.month + 2)), alt)),
                                 signature(s.frm, lang, r))
    return s


def recall(r, w, lang):
    s = new(r, lang, "recall", T(lang, "avis de rappel de lots", "product lot recall"), False, "pharm", ("inf", "chef"))
    prod = r.choice(T(lang, ["Bandelettes de glycémie GlucoNord", "Vaporisateur nasal de naloxone (lot importé)",
                             "Tampons d'alcool StériPad", "Thermomètres TympaQuick"],
                      ["GlucoNord glucose test strips", "Naloxone nasal spray (imported lot)", "SteriPad alcohol swabs",
                       "TympaQuick thermometers"]))
    lots = [mod97_lot(r) if r.random() < 0.5 else luhn_serial(r, 10) for _ in range(r.randint(2, 4))]
    s.subject = T(lang, "RAPPEL – %s" % prod, "RECALL – %s" % prod)
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang), T(lang, "Santé Canada (avis fictif no RA-%05d) rappelle les lots suivants de %s :" % (
            r.randint(0, 99999), prod), "A recall (notice RA-%05d) was issued for the following lots of %s:" % (
            r.randint(0, 99999), prod)),
        "\n".join("- Lot %s (exp. %d-%02d)" % (l, 2025 + r.randint(0, 1), r.randint(1, 12)) for l in lots),
        T(lang, "Vérifiez la fourgonnette, les sacs d'urgence et les refuges partenaires. Mettre en quarantaine et "
                "retourner à la pharmacie.", "Check the van, emergency bags and partner shelters. Quarantine and return "
                                            "to pharmacy."), signature(s.frm, lang, r))
    return s


def research(r, w, lang):
    s = new(r, lang, "research_protocol", T(lang, "protocole de recherche sans données de participants",
                                           "research protocol without participant data"), False, "psy", ("chef",))
    title = T(lang, "Logement d'abord et trajectoires de crise : étude de cohorte prospective",
              "Housing First and crisis trajectories: a prospective cohort study")
    paras = [T(lang, "# Objectif", "# Objective"),
             T(lang, "Évaluer l'effet de l'accès rapide au logement sur le nombre d'interventions de crise et de "
                     "P-38 chez les adultes avec un trouble psychotique.",
               "Assess the effect of rapid housing access on crisis interventions and P-38 use among adults with "
               "psychotic disorders."),
             T(lang, "# Population", "# Population"),
             T(lang, "Adultes de 18 ans et plus, en situation d'itinérance, schizophrénie ou trouble bipolaire ; "
                     "n visé = 240.", "Adults 18+, homeless, schizophrenia or bipolar disorder; target n = 240."),
             T(lang, "# Confidentialité", "# Confidentiality"),
             T(lang, "Données codées ; la clé de correspondance reste au site. Aucune donnée nominative ne sera transmise.",
               "Coded data; the linkage key stays on site. No identifying data will be transmitted."),
             T(lang, "Chercheur principal : %s" % staff(r, "psy").doc("fr"), "Principal investigator: %s" %
               staff(r, "psy").doc("en")), "CER-RDS-2024-%03d" % r.randint(1, 300)]
    s.atts.append(Att(T(lang, "Protocole_v%d.docx", "Protocol_v%d.docx") % r.randint(2, 5), DOCX,
                      make_docx(title, paras, s.date)))
    s.subject = T(lang, "Protocole – soumission au CER", "Protocol – ethics submission")
    s.body = "%s\n\n%s\n\n%s" % (hello(r, lang, s.tos[0].given), T(
        lang, "Voici la dernière version du protocole pour la soumission au comité d'éthique. Commentaires bienvenus "
              "d'ici vendredi.", "Latest protocol version for the REB submission attached. Comments by Friday please."),
        signature(s.frm, lang, r))
    return s


def baby(r, w, lang):
    s = new(r, lang, "staff_announcement", T(lang, "annonce de la naissance du bébé d'une collègue",
                                            "announcement of a colleague's new baby"), False, "chef", ())
    s.to = [(T(lang, "Équipe EMC", "MCT team"), "emc-equipe@" + DOM)]
    col = staff(r, sex="F")
    bb = r.choice(["Léa", "Noah", "Florence", "Arthur", "Olivia", "Théo", "Maya", "Jacob"])
    born = s.date.date() - datetime.timedelta(days=r.randint(1, 6))
    wt = "%d,%d kg" % (r.randint(2, 4), r.randint(0, 9))
    s.subject = T(lang, "Bienvenue à %s !" % bb, "Welcome baby %s!" % bb)
    s.body = "%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "l'équipe", "team")),
        T(lang, "Bonne nouvelle : %s a accouché %s %s, né%s le %s à 3 h 12, %s. Maman et bébé vont bien !"
              % (col.full(), "de la petite" if bb in ("Léa", "Florence", "Olivia", "Maya") else "du petit", bb,
                 "e" if bb in ("Léa", "Florence", "Olivia", "Maya") else "", fdate(born, "fr", "long"), wt),
          "Great news: %s gave birth to %s on %s at 3:12 am, %s. Mom and baby are doing well!"
          % (col.full(), bb, fdate(born, "en", "long"), wt.replace(",", "."))),
        T(lang, "Une carte circule au bureau 2.10 pour les signatures et la collecte.",
          "A card is going around in office 2.10 for signatures and a collection."), s.frm.given)
    return s


def party(r, w, lang):
    s = new(r, lang, "staff_event", T(lang, "fête de départ à la retraite et anniversaires du personnel",
                                     "staff retirement party and birthdays"), False, "agent", ())
    s.to = [(T(lang, "Personnel itinérance", "Homelessness staff"), "itinerance-tous@" + DOM)]
    ret = staff(r)
    bd = [staff(r) for _ in range(3)]
    day = s.date.date() + datetime.timedelta(days=r.randint(3, 12))
    s.subject = T(lang, r.choice(["5 à 7 – départ de %s" % ret.full(), "Anniversaires du mois"]),
                  r.choice(["Farewell drinks for %s" % ret.full(), "Birthdays this month"]))
    s.body = "%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "tout le monde", "everyone")),
        T(lang, "Après 31 ans au CIUSSS, dont 12 à l'équipe de crise, %s prend sa retraite ! 5 à 7 le %s au "
                "café du pavillon B." % (ret.full(), fdate(day, "fr", "long")),
          "After 31 years, 12 of them with the crisis team, %s is retiring! Drinks on %s at the Pavilion B café."
          % (ret.full(), fdate(day, "en", "long"))),
        T(lang, "Anniversaires du mois : ", "Birthdays this month: ") + ", ".join(
            "%s (%d %s)" % (b.given + " " + b.surname[0] + ".", r.randint(1, 28), month_name(lang, s.date.month))
            for b in bd), s.frm.full())
    return s


def physician_service(r, w, lang):
    s = new(r, lang, "service_announcement", T(lang, "annonce d'un nouveau service médical avec médecins nommés",
                                              "new medical service announcement naming physicians"), False, "chef", ())
    s.to = [(T(lang, "Partenaires communautaires", "Community partners"), "partenaires@" + DOM)]
    a, b = staff(r, "md"), staff(r, "psy")
    s.subject = T(lang, "Nouveau : clinique VHC/VIH et psychiatrie de proximité", "New: HCV/HIV and outreach psychiatry clinic")
    s.body = "%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "chers partenaires", "dear partners")),
        T(lang, "À compter du %s, %s offrira le dépistage et le traitement de l'hépatite C et du VIH sur place %s "
                "(mardi 13 h–16 h). %s, psychiatre, y tiendra une plage pour les psychoses et les troubles "
                "concomitants le jeudi." % (fdate(s.date.date() + datetime.timedelta(days=14), "fr", "long"), a.doc("fr"),
                                            fr_at(r.choice(SHELTERS[:4])), b.doc("fr")),
          "Starting %s, %s will offer on-site hepatitis C and HIV testing and treatment at %s (Tuesdays 1–4 pm). "
          "%s, psychiatrist, will hold a slot for psychosis and concurrent disorders on Thursdays."
          % (fdate(s.date.date() + datetime.timedelta(days=14), "en", "long"), a.doc("en"), r.choice(SHELTERS[:4]),
             b.doc("en"))),
        T(lang, "Aucune référence écrite n'est nécessaire : les personnes peuvent se présenter directement.",
          "No written referral needed: people can just drop in."), signature(s.frm, lang, r))
    if r.random() < 0.4:
        s.atts.append(Att("%s_%s.vcf" % (a.given, a.surname), "text/vcard",
                          make_vcf(a.given, a.surname, ("WORK", "514-555-0157"), email=a.email,
                                   org="CIUSSS de la Rivière-aux-Saules", title=a.role_txt(lang))))
    return s


def training(r, w, lang):
    s = new(r, lang, "training", T(lang, "invitation à une formation", "training invitation"), False, "chef",
            ("crise", "inf", "pair"))
    t = r.choice(T(lang, ["Formation naloxone et reconnaissance des surdoses", "Intervention de crise suicidaire (2 jours)",
                          "Désescalade verbale et sécurité en visite à domicile", "Application de la Loi P-38 : mise à jour"],
                   ["Naloxone and overdose recognition", "Suicide crisis intervention (2 days)",
                    "Verbal de-escalation and home-visit safety", "P-38 update for crisis workers"]))
    day = s.date.date() + datetime.timedelta(days=r.randint(7, 30))
    trainer = staff(r, r.choice(["inf", "psy", "crise"]))
    s.subject = T(lang, "Formation – %s" % t, "Training – %s" % t)
    s.body = "%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang), T(lang, "%s – le %s, 8 h 30 à 16 h, salle 1.12. Formatrice/formateur : %s. Places limitées "
                                "(16). Inscription auprès de %s." % (t, fdate(day, "fr", "long"), trainer.doc("fr"),
                                                                    s.frm.full()),
                          "%s – %s, 8:30 to 4 pm, room 1.12. Trainer: %s. 16 seats. Register with %s." % (
                              t, fdate(day, "en", "long"), trainer.doc("en"), s.frm.full())),
        T(lang, "Le repas est fourni. Prévoir des vêtements confortables.", "Lunch provided. Wear comfortable clothes."),
        signature(s.frm, lang, r))
    if r.random() < 0.3:
        members = [("programme.txt", (t + "\n" + fdate(day, lang, "long") + "\n").encode("utf-8")),
                   ("plan_acces.pdf", make_pdf(T(lang, "Plan d'accès – pavillon B", "Directions – Pavilion B"),
                                               ["5000, rue du Pré-Lussier", "Stationnement P3", "Métro : station fictive"]))]
        s.atts.append(Att(T(lang, "formation.zip", "training.zip"), "application/zip", make_zip(members, s.date)))
    return s


def team_agenda(r, w, lang):
    s = new(r, lang, "team_meeting", T(lang, "ordre du jour de la réunion d'équipe", "team meeting agenda"), False, "chef",
            ("inf", "ts", "crise", "psy"))
    items = T(lang, ["Retour sur la vague de surdoses (données de la santé publique)", "Nouvelle procédure de transport "
                     "P-38", "Hiver : ouverture des haltes-chaleur", "Charge de cas : seuil à 12 par intervenant",
                     "Formation naloxone – dates", "Ronde de sécurité du stationnement"],
               ["Overdose wave debrief (public health data)", "New P-38 transport procedure",
                "Winter: warming centres opening", "Caseload cap at 12 per worker", "Naloxone training dates",
                "Parking lot safety walk"])
    r.shuffle(items)
    s.subject = T(lang, "ODJ réunion d'équipe %s" % fdate(s.date.date() + datetime.timedelta(days=2), "fr", "dmy"),
                  "Agenda – team meeting %s" % fdate(s.date.date() + datetime.timedelta(days=2), "en", "iso"))
    s.body = "%s\n\n%s\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "l'équipe", "team")), T(lang, "Ordre du jour :", "Agenda:"),
        "\n".join("- " + x for x in items[:r.randint(3, 6)]),
        T(lang, "Rappel : on ne discute pas de cas nominatifs en réunion élargie ; les discussions cliniques ont lieu "
                "au caucus.", "Reminder: no named cases in the general meeting; clinical discussions happen at huddle."),
        signature(s.frm, lang, r))
    if r.random() < 0.3:
        prev = T(lang, "Peut-on ajouter un point sur les clés de la fourgonnette ?", "Can we add the van keys?")
        st = staff(r)
        s.reply = True
        s.subject = "RE: " + s.subject
        s.body += "\n\n" + orig_header(lang, st, s.date - datetime.timedelta(hours=4), s.subject[4:], r) + "\n" + \
            quote(prev + "\n" + st.given)
    return s


def donations(r, w, lang):
    s = new(r, lang, "donations", T(lang, "coordination de dons de vêtements d'hiver", "winter clothing donation logistics"),
            False, "pair", ("agent",))
    org = r.choice(["Fondation Rive-Claire", "Club optimiste fictif de l'Est", "Paroisse Saint-Gédéon"])
    n = r.randint(40, 300)
    s.subject = T(lang, "Dons de %s" % org, "Donation from %s" % org)
    s.body = "%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, s.tos[0].given),
        T(lang, "La %s nous livre %d manteaux, tuques et mitaines jeudi. Peux-tu réserver le local 0.12 et prévenir la "
                "sécurité ? Le contact est %s au 450-555-01%02d." % (org, n, staff(r).full(), r.randint(0, 99)),
          "%s is dropping off %d coats, hats and mittens Thursday. Can you book room 0.12 and tell security? Contact "
          "is %s at 450-555-01%02d." % (org, n, staff(r).full(), r.randint(0, 99))),
        bye(r, lang), signature(s.frm, lang, r))
    return s


def policy(r, w, lang):
    s = new(r, lang, "policy_update", T(lang, "mise à jour d'une procédure clinique", "clinical procedure update"), False,
            "chef", ("inf", "crise"))
    proc = r.choice(T(lang, ["PRO-EMC-07 Évaluation de la dangerosité", "PRO-CPI-03 Distribution de naloxone",
                             "PRO-SIV-11 Visites à domicile en duo", "PRO-DSM-02 Garde préventive (P-38)"],
                      ["PRO-EMC-07 Dangerousness assessment", "PRO-CPI-03 Naloxone distribution",
                       "PRO-SIV-11 Home visits in pairs", "PRO-DSM-02 Preventive detention (P-38)"]))
    s.subject = T(lang, "Procédure révisée : %s" % proc, "Revised procedure: %s" % proc)
    s.body = "%s\n\n%s\n\n%s" % (hello(r, lang), T(
        lang, "La procédure %s a été révisée (version %d.%d). Principaux changements : grille de risque suicidaire "
              "mise à jour, documentation obligatoire dans les 24 h, rôle du pair aidant précisé. Lecture et signature "
              "du registre d'ici le %s." % (proc, r.randint(2, 4), r.randint(0, 9),
                                            fdate(s.date.date() + datetime.timedelta(days=21), "fr", "long")),
        "Procedure %s has been revised (version %d.%d). Main changes: updated suicide risk grid, documentation "
        "within 24 h, clarified peer worker role. Please read and sign the register by %s." % (
            proc, r.randint(2, 4), r.randint(0, 9), fdate(s.date.date() + datetime.timedelta(days=21), "en", "long"))),
        signature(s.frm, lang, r))
    if r.random() < 0.4:
        s.atts.append(Att(proc.split()[0] + ".pdf", "application/pdf",
                          make_pdf(proc, [T(lang, "1. Objet", "1. Purpose"), T(lang, "2. Champ d'application",
                                                                               "2. Scope"),
                                          T(lang, "3. Grille de risque : faible / modéré / élevé",
                                            "3. Risk grid: low / moderate / high"),
                                          T(lang, "4. Documentation au DCI dans les 24 h", "4. EHR documentation within 24 h")])))
    return s


def budget(r, w, lang):
    s = new(r, lang, "budget", T(lang, "suivi budgétaire du programme", "program budget follow-up"), False, "chef",
            ("chef",))
    rows = [(T(lang, "Poste", "Line"), T(lang, "Budget", "Budget"), T(lang, "Réel à date", "Actual YTD"))]
    for l in T(lang, ["Salaires EMC", "Matériel RDM", "Transport (taxis, coupons)", "Fourgonnette", "Formation"],
               ["MCT salaries", "Harm reduction supplies", "Transport (taxis, vouchers)", "Van", "Training"]):
        b = r.randint(5, 900) * 1000
        rows.append((l, str(b), str(int(b * r.uniform(0.4, 1.2)))))
    s.subject = T(lang, "Suivi budgétaire P%d" % r.randint(3, 12), "Budget follow-up P%d" % r.randint(3, 12))
    s.body = "%s\n\n%s\n\n%s" % (hello(r, lang, s.tos[0].given), T(
        lang, "Le suivi budgétaire est joint. Dépassement prévu sur le transport (coupons de taxi) ; je propose un "
              "transfert du poste formation.", "Budget follow-up attached. Transport (taxi vouchers) will overrun; I "
                                               "suggest moving funds from training."), signature(s.frm, lang, r))
    s.atts.append(Att(T(lang, "suivi_budgetaire.xlsx", "budget_followup.xlsx"), XLSX,
                      make_xlsx([("Budget", rows)], s.date)))
    return s
