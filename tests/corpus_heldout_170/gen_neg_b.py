"""Negative builders, part B: fee schedules, blank forms and templates, aggregate statistics,
retention, procedure questions, teaching cases, training, committees, conferences,
newsletters, research protocols, documentation audits."""
import datetime

from gen_attach import (att_docx, att_pdf, att_text, att_xlsx, make_csv, make_docx, make_ics,
                        make_pdf, make_xlsx)
from gen_common import (DOM, ORG_EN, ORG_FR, PHYS, days_after, days_before, fmt_date, mk,
                        phys_addr, phys_title, quote, signature, staff_addr)
from gen_neg_a import I, ean13, full, luhn_serial

UNITS = [("4 Nord — médecine", "4 North - Medicine"), ("5 Sud — chirurgie", "5 South - Surgery"),
         ("Psychiatrie", "Psychiatry"), ("Obstétrique", "Obstetrics"), ("Urgence", "Emergency"),
         ("Soins intensifs", "ICU"), ("Pédiatrie", "Paediatrics"), ("Cliniques externes",
                                                                   "Outpatient clinics")]


def n_fee_schedule(c, lang):
    r = c.rng
    if lang == "fr":
        text = ("Bonjour,\n\nÀ compter du 1er avril, les frais de reproduction pour les demandes "
                "d'accès par des tiers (avocats, assureurs) seront :\n\n"
                "  - frais de base : 25,00 $\n  - par page : 0,40 $ (maximum 150 $)\n"
                "  - CD d'imagerie : 15,00 $\n  - copie certifiée conforme : 10,00 $ de plus\n\n"
                "Aucuns frais pour le patient qui demande son propre dossier (sauf reproduction "
                "de plus de 50 pages). Merci de mettre à jour vos lettres types.\n\n%s"
                % signature("marcotte", "fr"))
        subj = "Nouveaux frais de reproduction — 1er avril"
    else:
        text = ("Hello,\n\nEffective April 1, copying fees for third-party requests (lawyers, "
                "insurers) will be:\n\n  - base fee: $25.00\n  - per page: $0.40 (max $150)\n"
                "  - imaging CD: $15.00\n  - certified true copy: additional $10.00\n\n"
                "No charge for patients requesting their own record (except copying over 50 "
                "pages). Please update your template letters.\n\n%s" % signature("marcotte",
                                                                                  "en"))
        subj = "New copying fees - April 1"
    return mk("fee_schedule", I(lang, "grille des frais de reproduction", "copying fee schedule"),
              [], staff_addr("marcotte"), [("Équipe archives", "archives-equipe@" + DOM)], subj,
              text)


def n_blank_form(c, lang):
    r = c.rng
    fr = lang == "fr"
    blocks = [("h", I(lang, "Section 1 — Identification de l'usager", "Section 1 - Patient "
                      "identification")),
              ("kv", [(I(lang, "Nom, prénom :", "Last name, first name:"), "_" * 34),
                      (I(lang, "Date de naissance (AAAA-MM-JJ) :", "Date of birth (YYYY-MM-DD):"),
                       "____-__-__"),
                      (I(lang, "Sexe :", "Sex:"), "[ ] F   [ ] M   [ ] X"),
                      (I(lang, "No d'assurance maladie :", "Medicare number (RAMQ):"),
                       "____ ____ ____"),
                      (I(lang, "No de dossier :", "Chart number:"), "_______"),
                      (I(lang, "Adresse :", "Address:"), "_" * 34),
                      (I(lang, "Téléphone :", "Phone:"), "(___) ___-____")]),
              ("h", I(lang, "Section 2 — Destinataire", "Section 2 - Recipient")),
              ("p", "_" * 60),
              ("h", I(lang, "Section 3 — Renseignements à communiquer", "Section 3 - "
                      "Information to release")),
              ("p", I(lang, "[ ] Résumé de départ  [ ] Notes d'urgence  [ ] Résultats de "
                            "laboratoire  [ ] Imagerie  [ ] Dossier complet  [ ] Autre : ____",
                      "[ ] Discharge summary  [ ] ER notes  [ ] Lab results  [ ] Imaging  "
                      "[ ] Complete chart  [ ] Other: ____")),
              ("p", I(lang, "Signature de l'usager ou de son représentant : ____________  "
                            "Date : ________", "Signature of patient or representative: "
                                               "____________  Date: ________")),
              ("p", "Formulaire AH-216 (rév. 2024-09)")]
    title = I(lang, "Autorisation de communiquer des renseignements", "Authorization to release "
              "information")
    if r.random() < 0.5:
        att = att_pdf(I(lang, "AH-216_autorisation_vierge.pdf", "AH-216_authorization_blank.pdf"),
                      make_pdf(title, blocks))
    else:
        att = att_docx(I(lang, "AH-216_autorisation_vierge.docx",
                             "AH-216_authorization_blank.docx"), make_docx(title, blocks))
    sender = r.choice(["belkacem", "maclellan"])
    if fr:
        text = ("Bonjour,\n\nComme demandé, voici le formulaire d'autorisation vierge (version "
                "révisée septembre 2024). Veuillez le faire remplir et signer par l'usager, puis "
                "nous le retourner avec une copie de pièce d'identité.\n\n%s"
                % signature(sender, "fr"))
        subj = "Formulaire d'autorisation (vierge)"
        to = (r.choice(["Me Annick Lamarre", "Réception GMF"]),
              r.choice(["alamarre@lamarrebissonnette.example", "reception@gmf-desormeaux.example"]))
    else:
        text = ("Hello,\n\nAs requested, here is the blank authorization form (revised September "
                "2024). Please have the patient complete and sign it, then return it with a copy "
                "of ID.\n\n%s" % signature(sender, "en"))
        subj = "Authorization form (blank)"
        to = ("Daniel Whitcombe", "dwhitcombe@whitcombehale.example")
    return mk("blank_form", I(lang, "formulaire d'autorisation vierge", "blank authorization "
                              "form"), [], staff_addr(sender), [to], subj, text,
              attachments=[att])


def n_mailmerge(c, lang):
    r = c.rng
    if lang == "fr":
        body = ("«Titre» «Prénom» «Nom»\n«Adresse_ligne1»\n«Ville» («Province»)  «Code_postal»\n\n"
                "Objet : Votre demande d'accès no «No_demande»\n\n«Titre» «Nom»,\n\nNous avons "
                "bien reçu votre demande d'accès au dossier no «No_dossier» (NAM : «NAM», date "
                "de naissance : «DDN»). Les documents seront prêts le «Date_prevue». Frais : "
                "«Frais» $.\n\nVeuillez agréer nos salutations distinguées.\n\n{{signataire}}")
        text = ("Bonjour à toutes,\n\nVoici la nouvelle lettre type pour le publipostage "
                "(accusé de réception). Les champs sont reliés à l'extraction Excel du registre. "
                "Ne pas modifier les noms de champs SVP.\n\n%s" % signature("stonge", "fr",
                                                                              True))
        subj = "Lettre type — accusé de réception (publipostage)"
        fn = "LT-07_accuse_reception.docx"
    else:
        body = ("<<Title>> <<FirstName>> <<LastName>>\n<<Address1>>\n<<City>>, <<Prov>>  "
                "<<PostalCode>>\n\nRe: Your access request no. <<RequestNo>>\n\nDear <<Title>> "
                "<<LastName>>,\n\nWe have received your request for chart no. <<ChartNo>> "
                "(RAMQ: <<RAMQ>>, date of birth: <<DOB>>). Documents will be ready on "
                "<<ReadyDate>>. Fee: $<<Fee>>.\n\nSincerely,\n\n{{signatory}}")
        text = ("Hi all,\n\nHere is the new mail-merge template for acknowledgement letters. "
                "Fields are linked to the Excel export of the log. Please do not rename the "
                "fields.\n\n%s" % signature("stonge", "en", True))
        subj = "Template letter - acknowledgement (mail merge)"
        fn = "LT-07_acknowledgement.docx"
    doc = make_docx(I(lang, "Lettre type LT-07", "Template letter LT-07"), [("p", body)])
    return mk("template", I(lang, "lettre type de publipostage", "mail-merge template letter"),
              [], staff_addr("stonge"), [("Équipe archives", "archives-equipe@" + DOM)], subj,
              text, attachments=[att_docx(fn, doc)])


def n_stats(c, lang):
    r = c.rng
    month = days_before(c, 20, 40).replace(day=1)
    cats = I(lang, ["Patients", "Avocats", "Assureurs", "BIRQ / RIT", "Établissements",
                    "Police / coroner", "DPJ"],
             ["Patients", "Lawyers", "Insurers", "BIRQ / RIT", "Facilities", "Police / coroner",
              "Youth protection"])
    rows = [[I(lang, "Catégorie", "Category"), I(lang, "Reçues", "Received"),
             I(lang, "Traitées", "Completed"), I(lang, "Délai médian (j)", "Median days"),
             I(lang, "Hors délai", "Overdue")]]
    tot = 0
    for cat in cats:
        rec = r.randint(4, 180)
        tot += rec
        rows.append([cat, rec, rec - r.randint(0, min(rec, 12)), r.randint(3, 28),
                     r.randint(0, 6)])
    use_csv = r.random() < 0.4
    if use_csv:
        att = att_text(I(lang, "stats_acces_%s.csv", "roi_stats_%s.csv") % month.strftime("%Y-%m"),
                       make_csv(rows, ";" if lang == "fr" else ","), "text/csv", "utf-8",
                       r.choice(["base64", "quoted-printable", "8bit"]))
    else:
        att = att_xlsx(I(lang, "stats_acces_%s.xlsx", "roi_stats_%s.xlsx") % month.strftime("%Y-%m"),
                       make_xlsx([(month.strftime("%Y-%m"), rows)]))
    if lang == "fr":
        text = ("Bonjour,\n\nStatistiques de l'accès à l'information pour %s : %d demandes reçues. "
                "Hausse des demandes d'assureurs (+18 %% sur un an). Le délai moyen reste sous "
                "le délai légal.\n\n%s" % (month.strftime("%Y-%m"), tot,
                                           signature("dunn", "fr")))
        subj = "Statistiques accès à l'information — %s" % month.strftime("%Y-%m")
    else:
        text = ("Hello,\n\nRelease-of-information statistics for %s: %d requests received. "
                "Insurer requests are up 18%% year over year. Average turnaround remains within "
                "the legal limit.\n\n%s" % (month.strftime("%Y-%m"), tot, signature("dunn", "en")))
        subj = "ROI statistics - %s" % month.strftime("%Y-%m")
    return mk("statistics", I(lang, "statistiques mensuelles agrégées", "monthly aggregate "
                              "statistics"), [], staff_addr("dunn"),
              [staff_addr("marcotte")], subj, text, attachments=[att])


def n_backlog_stats(c, lang):
    r = c.rng
    lines = []
    total = 0
    for u in r.sample(UNITS, 6):
        n = r.randint(40, 900)
        total += n
        lines.append("  %-24s %5d  %s" % (I(lang, u[0], u[1]), n,
                                           I(lang, "%d boîtes" % (n // 35 + 1),
                                             "%d boxes" % (n // 35 + 1))))
    if lang == "fr":
        text = ("Bonjour Isabelle,\n\nÉtat du retard de numérisation au %s :\n\n%s\n\n"
                "Total : %d dossiers. Le numériseur 2 est en panne depuis mardi (pièce "
                "commandée), ce qui explique la hausse.\n\n%s"
                % (c.date.date().isoformat(), "\n".join(lines), total,
                   signature("kerrigan", "fr", True)))
        subj = "État du retard de numérisation"
    else:
        text = ("Hi Isabelle,\n\nScanning backlog as of %s:\n\n%s\n\nTotal: %d charts. Scanner 2 "
                "has been down since Tuesday (part on order), hence the increase.\n\n%s"
                % (c.date.date().isoformat(), "\n".join(lines), total,
                   signature("kerrigan", "en", True)))
        subj = "Scanning backlog status"
    return mk("statistics", I(lang, "retard de numérisation par unité (agrégé)",
                              "scanning backlog by unit (aggregate)"), [],
              staff_addr("kerrigan"), [staff_addr("marcotte")], subj, text)


def n_retention(c, lang):
    r = c.rng
    rows = [[I(lang, "Boîte", "Box"), I(lang, "Code-barres", "Barcode"), I(lang, "Années",
                                                                             "Years"),
             I(lang, "Série", "Series"), I(lang, "Destruction prévue", "Destruction due")]]
    for i in range(r.randint(6, 10)):
        y = r.randint(1996, 2004)
        rows.append(["B-%05d" % r.randint(1000, 99999), ean13(r, "0629"), "%d-%d" % (y, y + 1),
                     I(lang, r.choice(["Dossiers externes inactifs", "Dossiers hospitaliers "
                                       "adultes", "Films radiologiques"]),
                       r.choice(["Inactive outpatient charts", "Adult inpatient charts",
                                 "Radiology films"])),
                     days_after(c, 30, 120).isoformat()])
    xl = make_xlsx([(I(lang, "Destruction", "Destruction"), rows)])
    if lang == "fr":
        text = ("Bonjour,\n\nVoici la liste des boîtes admissibles à la destruction selon le "
                "calendrier de conservation (règle 3210 : 10 ans après la dernière visite, "
                "28 ans pour les mineurs). Merci de vérifier qu'aucune n'est visée par une "
                "conservation pour litige avant d'approuver.\n\n%s" % signature("stonge", "fr"))
        subj = "Calendrier de conservation — boîtes à détruire"
    else:
        text = ("Hello,\n\nAttached is the list of boxes eligible for destruction under the "
                "retention schedule (rule 3210: 10 years after last visit, 28 years for minors). "
                "Please check that none is under a legal hold before approving.\n\n%s"
                % signature("stonge", "en"))
        subj = "Retention schedule - boxes for destruction"
    return mk("retention", I(lang, "liste de boîtes à détruire (calendrier de conservation)",
                             "boxes due for destruction (retention schedule)"), [],
              staff_addr("stonge"), [staff_addr("marcotte"), staff_addr("theriault")], subj, text,
              attachments=[att_xlsx(I(lang, "destruction_%s.xlsx", "destruction_%s.xlsx")
                                    % c.date.strftime("%Y%m"), xl)])


def n_process_question(c, lang):
    r = c.rng
    q = r.randint(0, 2)
    sender = r.choice(["belkacem", "nolet", "maclellan"])
    if lang == "fr":
        orig = ["Éric,\n\nUn avocat nous envoie une procuration générale signée par son client "
                "(pas notre formulaire). Est-ce suffisant pour communiquer le dossier complet, "
                "y compris les notes de psychiatrie ?",
                "Éric,\n\nUne compagnie d'assurance demande « tout le dossier » alors que "
                "l'autorisation vise seulement les 5 dernières années. On envoie seulement la "
                "période autorisée, c'est bien ça ?",
                "Éric,\n\nUn parent demande le dossier de son ado de 15 ans. L'ado n'a pas "
                "signé. Quelle est la règle depuis la réforme ?"][q]
        ans = ["Bonjour,\n\nUne procuration générale n'est pas suffisante pour les notes de "
               "psychiatrie : il faut une autorisation spécifique. Pour le reste, oui si elle "
               "date de moins d'un an.\n\nÉric",
               "Bonjour,\n\nOui, on s'en tient à la période et aux documents autorisés. On "
               "informe l'assureur par écrit de la limite.\n\nÉric",
               "Bonjour,\n\nÀ 14 ans et plus, l'ado doit consentir, sauf exceptions. Le parent "
               "peut avoir accès à certains renseignements seulement. Appelle-moi si besoin."
               "\n\nÉric"][q]
        subj = "RE: Question — " + ["procuration générale", "période autorisée",
                                    "dossier d'un mineur de 14 ans et plus"][q]
    else:
        orig = ["Éric,\n\nA lawyer sent a general power of attorney signed by the client (not "
                "our form). Is it enough to release the complete chart, including psychiatry "
                "notes?",
                "Éric,\n\nAn insurer asks for 'the entire chart' while the authorization covers "
                "only the last 5 years. We send only the authorized period, right?",
                "Éric,\n\nA parent asks for their 15-year-old's chart. The teen did not sign. "
                "What is the rule since the reform?"][q]
        ans = ["Hi,\n\nA general POA is not enough for psychiatry notes: a specific "
               "authorization is needed. For the rest, yes if it is less than a year old.\n\nÉric",
               "Hi,\n\nYes, stick to the authorized period and documents, and tell the insurer "
               "in writing.\n\nÉric",
               "Hi,\n\nFrom age 14 the teen must consent, with exceptions. The parent may access "
               "some information only. Call me if needed.\n\nÉric"][q]
        subj = "RE: Question - " + ["general power of attorney", "authorized period",
                                    "chart of a minor aged 14+"][q]
    text = ans + "\n\n" + quote(orig, lang, "%s <%s>" % staff_addr(sender),
                                c.date - datetime.timedelta(hours=r.randint(1, 20)))
    return mk("procedure_question", I(lang, "question de procédure sans patient identifié",
                                      "procedure question without an identified patient"), [],
              staff_addr("vaillancourt"), [staff_addr(sender)], subj, text, reply=True)


def n_teaching_case(c, lang):
    r = c.rng
    age = r.randint(45, 88)
    if lang == "fr":
        case = ("Cas 3 (dépersonnalisé) — Patiente de %d ans admise par l'urgence pour dyspnée. "
                "Antécédents : MPOC, FA sous apixaban, diabète de type 2. Diagnostic principal "
                "retenu : exacerbation de MPOC avec pneumonie lobaire droite. Complication : "
                "hyperglycémie sous corticostéroïdes. Durée de séjour : 9 jours.\n\nQuestion : "
                "quel est le diagnostic principal selon les normes de codification, et comment "
                "coder la pneumonie ?" % age)
        text = ("Bonjour à toutes,\n\nPour l'atelier de codification CIM-10-CA de jeudi, voici "
                "le cas d'exercice (aucune donnée identifiante). Réponses en atelier.\n\n%s\n\n%s"
                % (case, signature("ducharme", "fr", True)))
        subj = "Atelier de codification — cas d'exercice"
    else:
        case = ("Case 3 (de-identified) - %d-year-old woman admitted through the ER for "
                "dyspnoea. History: COPD, AF on apixaban, type 2 diabetes. Main diagnosis: COPD "
                "exacerbation with right lobar pneumonia. Complication: steroid-induced "
                "hyperglycaemia. Length of stay: 9 days.\n\nQuestion: what is the main diagnosis "
                "under the coding standards, and how is the pneumonia coded?" % age)
        text = ("Hi all,\n\nFor Thursday's ICD-10-CA coding workshop, here is the practice case "
                "(no identifying data). Answers at the workshop.\n\n%s\n\n%s"
                % (case, signature("ducharme", "en", True)))
        subj = "Coding workshop - practice case"
    return mk("teaching_case", I(lang, "cas de codification dépersonnalisé",
                                 "de-identified coding case"), [], staff_addr("ducharme"),
              [("Équipe archives", "archives-equipe@" + DOM)], subj, text)


def n_training(c, lang):
    r = c.rng
    day = days_after(c, 5, 25)
    start = datetime.datetime(day.year, day.month, day.day, r.choice([9, 13]), 30)
    summ = I(lang, "Formation obligatoire — Loi 25 et accès aux dossiers",
             "Mandatory training - privacy law and record access")
    desc = I(lang, "Animée par Annie Thériault. Contenu : consentement, incidents de "
                   "confidentialité, journalisation des accès, communication aux tiers.",
             "Given by Annie Thériault. Topics: consent, privacy incidents, access logging, "
             "disclosure to third parties.")
    ics = make_ics("form-loi25-%s@%s" % (day.isoformat(), DOM), start,
                   start + datetime.timedelta(hours=2), summ, desc, "Auditorium A-100",
                   staff_addr("theriault"), [("Équipe archives", "archives-equipe@" + DOM)])
    text = I(lang, "Bonjour,\n\nVous êtes convoqué(e)s à la formation obligatoire du %s. "
                   "Merci d'accepter l'invitation.\n\n%s" % (fmt_date(day, "fr", "long"),
                                                            signature("theriault", "fr")),
             "Hello,\n\nYou are invited to the mandatory training on %s. Please accept the "
             "invitation.\n\n%s" % (fmt_date(day, "en", "long"), signature("theriault", "en")))
    return mk("training", I(lang, "invitation à une formation obligatoire", "mandatory training "
                            "invitation"), [], staff_addr("theriault"),
              [("Équipe archives", "archives-equipe@" + DOM)], summ, text,
              attachments=[att_text("invite.ics", ics, "text/calendar", "utf-8",
                                    r.choice(["base64", "8bit", "quoted-printable"]))])


def n_committee(c, lang):
    r = c.rng
    day = days_after(c, 5, 20)
    p1 = r.choice([0, 1, 3, 5, 7, 9])
    p2 = 4
    t_fr = {0: "d'insuffisance cardiaque et de fibrillation auriculaire",
            1: "de MPOC et d'apnée du sommeil", 3: "de fractures de la hanche",
            5: "de diabète et d'insuffisance rénale", 7: "de maladie de Crohn et de colite",
            9: "d'AVC et d'épilepsie"}[p1]
    t_en = {0: "heart failure and atrial fibrillation", 1: "COPD and sleep apnoea",
            3: "hip fracture", 5: "diabetes and renal failure", 7: "Crohn's disease and colitis",
            9: "stroke and epilepsy"}[p1]
    if lang == "fr":
        text = ("Comité de gestion de l'information et des dossiers — ordre du jour\n"
                "Date : %s, 12 h à 13 h, salle du conseil\n\n"
                "1. Adoption du procès-verbal\n"
                "2. %s (%s) : qualité de la documentation des diagnostics @T@"
                " dans les résumés de départ\n"
                "3. %s (%s) : notes de psychiatrie dans le DPE — accès restreint\n"
                "4. Taux de dossiers incomplets par service (M. Grondin)\n"
                "5. Mme Thériault : bilan des incidents de confidentialité du trimestre\n"
                "6. Varia\n\n%s"
                % (fmt_date(day, "fr", "long"), phys_title(p1, "fr"), PHYS[p1][3],
                   phys_title(p2, "fr"), PHYS[p2][3], signature("marcotte", "fr")))
        text = text.replace("@T@", t_fr)
        subj = "Ordre du jour — comité des dossiers du %s" % day.isoformat()
    else:
        text = ("Health Information and Records Committee - agenda\n"
                "Date: %s, noon to 1 pm, board room\n\n"
                "1. Approval of minutes\n"
                "2. %s (%s): documentation quality for @T@ diagnoses in "
                "discharge summaries\n"
                "3. %s (%s): psychiatry notes in the EHR - restricted access\n"
                "4. Incomplete chart rates by department (Mr. Grondin)\n"
                "5. Ms. Thériault: quarterly privacy incident report\n"
                "6. Other business\n\n%s"
                % (fmt_date(day, "en", "long"), phys_title(p1, "en"), PHYS[p1][4],
                   phys_title(p2, "en"), PHYS[p2][4], signature("marcotte", "en")))
        text = text.replace("@T@", t_en)
        subj = "Agenda - records committee %s" % day.isoformat()
    return mk("committee_notice", I(lang, "ordre du jour du comité des dossiers",
                                    "records committee agenda"), [], staff_addr("marcotte"),
              [phys_addr(p1), phys_addr(p2), staff_addr("theriault")], subj, text)


def n_conference(c, lang):
    r = c.rng
    day = days_after(c, 30, 90)
    talks = [("Dre Hélène Vigneault", "Documenter l'insuffisance cardiaque : ce que le codeur "
              "doit trouver", "Documenting heart failure: what the coder needs to find"),
             ("Me Éric Vaillancourt", "Subpoenas et ordonnances de communication : qui signe ?",
              "Subpoenas and production orders: who signs?"),
             ("Dr Amir Haddad", "MPOC et apnée du sommeil : pièges de codification",
              "COPD and sleep apnoea: coding pitfalls"),
             ("Mme Priscilla Dunn", "Tableaux de bord de l'accès à l'information",
              "Release-of-information dashboards"),
             ("Dre Malika Bensaïd", "Notes de psychiatrie : accès du patient et exceptions",
              "Psychiatry notes: patient access and exceptions")]
    chosen = r.sample(talks, 4)
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 8, 45)
    for sp, tf, te in chosen:
        rows.append("%s  %s — %s" % (t.strftime("%H:%M"), sp, I(lang, tf, te)))
        t += datetime.timedelta(minutes=50)
    if lang == "fr":
        text = ("Colloque régional des gestionnaires de l'information de santé\n%s — Hôtel "
                "du Lac, Val-Brûlé\n\nProgramme :\n%s\n\nInscription : 95 $ (gratuit pour le "
                "personnel du CHRVB). Crédits de formation continue : 4 h.\n\n%s"
                % (fmt_date(day, "fr", "long"), "\n".join(rows), signature("dunn", "fr", True)))
        subj = "Programme du colloque régional GIS"
    else:
        text = ("Regional Health Information Management Symposium\n%s - Hôtel du Lac, Val-Brûlé"
                "\n\nProgramme:\n%s\n\nRegistration: $95 (free for CHRVB staff). CE credits: 4 h."
                "\n\n%s" % (fmt_date(day, "en", "long"), "\n".join(rows),
                            signature("dunn", "en", True)))
        subj = "Regional HIM symposium - programme"
    return mk("conference", I(lang, "programme de colloque", "symposium programme"), [],
              staff_addr("dunn"), [("Tout le personnel", "tous@" + DOM)], subj, text)


def n_newsletter(c, lang):
    r = c.rng
    pi = r.randrange(len(PHYS))
    g, s, sex, sf, se, local = PHYS[pi]
    topics = {"cardiologie": "l'insuffisance cardiaque et la fibrillation auriculaire",
              "pneumologie": "la MPOC et l'apnée du sommeil",
              "hémato-oncologie": "les lymphomes et les leucémies",
              "orthopédie": "les fractures de la hanche et les prothèses",
              "psychiatrie": "les troubles de l'humeur et la schizophrénie",
              "médecine interne": "le diabète complexe et l'hypertension",
              "pédiatrie": "l'asthme et les troubles du développement",
              "gastro-entérologie": "la maladie de Crohn et la colite ulcéreuse",
              "obstétrique-gynécologie": "les grossesses à risque et le diabète gestationnel",
              "neurologie": "la sclérose en plaques et l'épilepsie"}
    topics_en = {"cardiology": "heart failure and atrial fibrillation",
                 "respirology": "COPD and sleep apnoea", "haemato-oncology":
                 "lymphoma and leukaemia", "orthopaedics": "hip fractures and joint replacement",
                 "psychiatry": "mood disorders and schizophrenia", "internal medicine":
                 "complex diabetes and hypertension", "paediatrics":
                 "asthma and developmental disorders", "gastroenterology":
                 "Crohn's disease and ulcerative colitis", "obstetrics and gynaecology":
                 "high-risk pregnancy and gestational diabetes", "neurology":
                 "multiple sclerosis and epilepsy"}
    if lang == "fr":
        items = [("Bienvenue", "Le CHRVB accueille %s, %s, qui s'intéresse particulièrement à "
                  "%s. Ses consultations débutent le mois prochain." % (phys_title(pi, "fr"), sf,
                                                                        topics[sf])),
                 ("Archives", "Le service des archives médicales a traité 1 842 demandes d'accès "
                  "l'an dernier. Bravo à Mme Belkacem et M. Nolet pour la réorganisation du "
                  "comptoir !"),
                 ("Rappel", "Le stationnement P3 sera fermé pour asphaltage la semaine "
                  "prochaine.")]
        title = "L'Écho du CHRVB — bulletin interne"
    else:
        items = [("Welcome", "CHRVB welcomes %s (%s), with a special interest in %s. Clinics "
                  "start next month." % (phys_title(pi, "en"), se, topics_en[se])),
                 ("Health Records", "Health Records processed 1,842 access requests last year. "
                  "Kudos to Ms. Belkacem and Mr. Nolet for reorganizing the counter!"),
                 ("Reminder", "Parking lot P3 will be closed for paving next week.")]
        title = "CHRVB Echo - staff newsletter"
    import html as h
    inner = "<h2>%s</h2>\n" % h.escape(title) + "\n".join(
        "<h3>%s</h3>\n<p>%s</p>" % (h.escape(a), h.escape(b)) for a, b in items)
    inner += "\n<p style=\"font-size:9pt;color:#777\">Communications CHRVB — 819-555-0140</p>"
    htm = ("<html><head><meta charset=\"%%CHARSET%%\"><title>%s</title></head><body>\n%s\n"
           "</body></html>\n" % (h.escape(title), inner))
    text = title + "\n\n" + "\n\n".join("%s\n%s" % (a, b) for a, b in items) + \
        "\n\nCommunications CHRVB - 819-555-0140"
    return mk("newsletter", I(lang, "bulletin interne", "staff newsletter"), [],
              ("Communications CHRVB", "communications@" + DOM),
              [("Tout le personnel", "tous@" + DOM)], title, text, html=htm,
              force={"form": r.choice(["html", "alt"])})


def n_research(c, lang):
    r = c.rng
    pi = r.randrange(len(PHYS))
    proto = "CER-%d-%03d" % (c.date.year, r.randint(1, 300))
    if lang == "fr":
        blocks = [("kv", [("Protocole", proto), ("Chercheur principal", phys_title(pi, "fr")),
                          ("Titre", "Réadmissions à 30 jours après une exacerbation de MPOC : "
                                    "revue rétrospective de dossiers"),
                          ("Période", "2021-2023"), ("Taille visée", "n = 420 dossiers")]),
                  ("h", "Méthode"),
                  ("p", "Les archives fourniront une extraction dépersonnalisée (code d'étude "
                        "seulement). Aucune donnée nominative ne quittera l'établissement. "
                        "Variables : âge en années, sexe, durée de séjour, réadmission."),
                  ("p", "Approbation du comité d'éthique de la recherche : %s." %
                   days_before(c, 5, 30).isoformat())]
        text = ("Bonjour Isabelle,\n\nVoici le protocole approuvé pour lequel nous aurons besoin "
                "d'une extraction. Pouvez-vous estimer le temps requis ?\n\nMerci,\n%s"
                % phys_title(pi, "fr"))
        subj = "Protocole %s — demande d'extraction" % proto
    else:
        blocks = [("kv", [("Protocol", proto), ("Principal investigator", phys_title(pi, "en")),
                          ("Title", "30-day readmissions after COPD exacerbation: a "
                                    "retrospective chart review"),
                          ("Period", "2021-2023"), ("Target size", "n = 420 charts")]),
                  ("h", "Methods"),
                  ("p", "Health Records will provide a de-identified extract (study code only). "
                        "No nominal data will leave the hospital. Variables: age in years, sex, "
                        "length of stay, readmission."),
                  ("p", "Research ethics board approval: %s." % days_before(c, 5, 30).isoformat())]
        text = ("Hi Isabelle,\n\nHere is the approved protocol for which we will need an "
                "extract. Could you estimate the time required?\n\nThanks,\n%s"
                % phys_title(pi, "en"))
        subj = "Protocol %s - extract request" % proto
    pdf = make_pdf(proto, blocks, author="CER CHRVB")
    return mk("research_protocol", I(lang, "protocole de recherche sans participants",
                                     "research protocol without participants"), [],
              phys_addr(pi), [staff_addr("marcotte")], subj, text,
              attachments=[att_pdf("%s_protocole.pdf" % proto if lang == "fr" else
                                   "%s_protocol.pdf" % proto, make_pdf(proto, blocks))])


def n_doc_audit(c, lang):
    r = c.rng
    rows = []
    for pi in r.sample(range(len(PHYS)), 6):
        late = r.randint(0, 24)
        rows.append("  %-28s %-22s %3d  %3d %%" % (phys_title(pi, lang),
                                                   PHYS[pi][3] if lang == "fr" else PHYS[pi][4],
                                                   late, r.randint(70, 100)))
    if lang == "fr":
        text = ("Bonjour,\n\nRésultats de l'audit trimestriel de la documentation (par médecin) "
                ":\n\n  %-28s %-22s %s  %s\n%s\n\nLes médecins ayant plus de 15 résumés en "
                "retard recevront un avis du DSP.\n\n%s"
                % ("Médecin", "Service", "Retard", "Conformité", "\n".join(rows),
                   signature("grondin", "fr")))
        subj = "Audit de documentation — résultats du trimestre"
    else:
        text = ("Hello,\n\nQuarterly documentation audit results (by physician):\n\n"
                "  %-28s %-22s %s  %s\n%s\n\nPhysicians with more than 15 overdue summaries will "
                "receive a notice from the DPS.\n\n%s"
                % ("Physician", "Department", "Late", "Compliance", "\n".join(rows),
                   signature("grondin", "en")))
        subj = "Documentation audit - quarterly results"
    return mk("documentation_audit", I(lang, "audit de documentation par médecin (agrégé)",
                                       "documentation audit by physician (aggregate)"), [],
              staff_addr("grondin"), [staff_addr("marcotte")], subj, text)


BUILDERS_NB = [n_fee_schedule, n_blank_form, n_mailmerge, n_stats, n_backlog_stats, n_retention,
               n_process_question, n_teaching_case, n_training, n_committee, n_conference,
               n_newsletter, n_research, n_doc_audit]
