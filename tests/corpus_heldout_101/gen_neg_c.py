"""Non-confidential messages, part C: blank forms and templates, anonymised
teaching cases, research protocols, patient education, data dictionaries,
archives, forwarded newsletters, inventories, logs, audits, budgets,
minutes, surveys, simulations, policies, referral instructions."""
import datetime

from stdnum import luhn

import gen_common as G
import gen_docs as D
import gen_vocab as V
from gen_build import Att, Mail

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _pick(c, pair):
    return pair[0] if c.lang == "fr" else pair[1]


def _list(c, inst=None):
    inst = inst or c.rng.choice(G.INSTITUTIONS)
    return [(c.fr("Équipe MI", "ID team"), "equipe-mi@" + inst[3])]


def luhn_serial(c, n):
    body = str(c.rng.randint(1, 9)) + "".join(str(c.rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def _blank_form_lines(c, kind):
    if kind == 0:
        return [c.fr("Formulaire - Enquête de contacts de tuberculose", "Form - Tuberculosis contact investigation"), "",
                c.fr("Nom : ______________________   Prénom : ____________________", "Last name: ____________________   First name: __________________"),
                c.fr("NAM : |__|__|__|__| |__|__|__|__| |__|__|__|__|     Date de naissance : AAAA-MM-JJ", "RAMQ: |__|__|__|__| |__|__|__|__| |__|__|__|__|     Date of birth: YYYY-MM-DD"),
                c.fr("Lien avec le cas index : [ ] domicile  [ ] travail  [ ] école  [ ] autre", "Relationship to index case: [ ] household  [ ] work  [ ] school  [ ] other"),
                c.fr("TCT : ____ mm   Date de lecture : ________   IGRA : [ ] pos [ ] nég [ ] indét.", "TST: ____ mm   Read on: ________   IGRA: [ ] pos [ ] neg [ ] indet."),
                c.fr("RX pulmonaire : [ ] normale  [ ] anormale  Commentaire : ______________", "Chest X-ray: [ ] normal  [ ] abnormal  Comment: ______________"),
                c.fr("Signature de l'infirmière : __________________", "Nurse signature: __________________")]
    if kind == 1:
        return [c.fr("Questionnaire pré-voyage", "Pre-travel questionnaire"), "",
                c.fr("Nom : ______________________  Date de naissance : ____________", "Name: ______________________  Date of birth: ____________"),
                c.fr("Destinations et dates : ________________________________________", "Destinations and dates: ________________________________________"),
                c.fr("Maladies chroniques : [ ] diabète [ ] VIH [ ] immunosuppression [ ] grossesse", "Chronic conditions: [ ] diabetes [ ] HIV [ ] immunosuppression [ ] pregnancy"),
                c.fr("Médicaments actuels : ________________________________________", "Current medications: ________________________________________"),
                c.fr("Allergies : ____________   Vaccins antérieurs (joindre le carnet) : ____________", "Allergies: ____________   Previous vaccines (attach record): ____________")]
    return [c.fr("Déclaration de maladie à déclaration obligatoire (vierge)", "Notifiable disease report (blank)"), "",
            c.fr("Identification : nom, prénom, sexe, date de naissance, NAM, adresse, téléphone", "Identification: name, sex, date of birth, health number, address, phone"),
            "________________________________________________________________",
            c.fr("Maladie : ______________________  Date de début : ____________", "Disease: ______________________  Onset: ____________"),
            c.fr("Médecin déclarant : ______________________  No de permis : ______", "Reporting physician: ______________________  Licence no.: ______")]


# ------------------------------------------------------------------ blank form
def blank_form(c):
    sender = c.staff(role_idx=c.pick(8, 5, 7))
    kind = c.rng.randint(0, 2)
    lines = _blank_form_lines(c, kind)
    as_docx = c.rng.random() < 0.4
    if as_docx:
        data = D.make_docx(["# " + lines[0]] + lines[1:], author=sender.full, title=lines[0])
        att = Att(c.fr("formulaire_vierge.docx", "blank_form.docx"), DOCX, data=data)
    else:
        att = Att(c.fr("formulaire_%d.pdf", "form_%d.pdf") % (kind + 1), "application/pdf", data=D.make_pdf(lines, title=lines[0], compress=c.rng.random() < 0.5))
    text = c.fr("%s\n\nVoici la version à jour du formulaire (vierge) à imprimer. Merci de détruire les anciennes versions.\n\n%s",
                "%s\n\nHere is the updated (blank) form to print. Please discard older versions.\n\n%s") % (c.greet(), c.sig(sender))
    return "blank_form", Mail(c.lang, c.fr("Formulaire à jour : ", "Updated form: ") + lines[0], c.sender(sender), _list(c), text=text,
                              date=c.now, attachments=[att]), "blank form with empty identity fields"


# ------------------------------------------------------------------ template letter
def template_letter(c):
    sec = c.staff(role_idx=7)
    md = c.staff(role_idx=0, inst=sec.inst)
    paras = ["«" + c.fr("NOM_PATIENT", "PATIENT_NAME") + "»", "«" + c.fr("ADRESSE", "ADDRESS") + "»", "",
             c.fr("Objet : votre rendez-vous à la clinique de maladies infectieuses", "Re: your appointment at the infectious diseases clinic"), "",
             c.fr("Madame, Monsieur,", "Dear «TITLE» «LAST_NAME»,"),
             c.fr("Nous vous confirmons votre rendez-vous le «DATE_RDV» à «HEURE». Présentez-vous 15 minutes à l'avance avec votre carte d'assurance maladie («NAM») et la liste de vos médicaments.",
                  "This confirms your appointment on «APPT_DATE» at «TIME». Please arrive 15 minutes early with your health card («HIN») and a list of your medications."),
             c.fr("Veuillez agréer nos salutations distinguées.", "Sincerely,"), md.title_fr() if c.lang == "fr" else md.title_en()]
    data = D.make_docx(paras, author=sec.full, title=c.fr("Modèle - lettre de convocation", "Template - appointment letter"))
    text = c.fr("%s\n\nLe modèle de lettre de convocation a été corrigé (champs de fusion «NAM» et «DATE_RDV»). Merci d'utiliser cette version.\n\n%s",
                "%s\n\nThe appointment letter template was fixed (merge fields «HIN» and «APPT_DATE»). Please use this version.\n\n%s") % (c.greet(), c.sig(sec))
    return "template_letter", Mail(c.lang, c.fr("Modèle de lettre corrigé", "Updated letter template"), c.sender(sec), _list(c, sec.inst),
                                   text=text, date=c.now, attachments=[Att(c.fr("modele_convocation.docx", "appointment_template.docx"), DOCX, data=data)]), \
        "mail-merge letter template with placeholders"


# ------------------------------------------------------------------ anonymised teaching case
def teaching_case(c):
    md = c.staff(role_idx=c.pick(0, 3))
    age = c.rng.randint(19, 74)
    sex = c.pick(*(["une femme", "un homme"] if c.lang == "fr" else ["woman", "man"]))
    dest = _pick(c, c.rng.choice(V.DESTINATIONS))
    case = c.rng.choice(V.CONSULT_CASES)
    fr = c.lang == "fr"
    vals = {"pct": "3,4" if fr else "3.4", "plt": 58, "eo": "2,1" if fr else "2.1", "wbc": 19}
    lab = _pick(c, case[1]).format(**vals)
    text = c.fr("%s\n\nCas pour le journal club de jeudi (anonymisé) :\n\n%s de %d ans consulte 9 jours après un séjour de 3 semaines (%s) pour fièvre, céphalées et myalgies. Pas de prophylaxie. Au bilan : %s.\n\nQuestions :\n1. Diagnostic différentiel?\n2. Critères de gravité?\n3. Traitement de première ligne?\n\nRéponse la semaine prochaine. %s\n\n%s",
                "%s\n\nCase for Thursday's journal club (anonymised):\n\nA %d-year-old %s presents 9 days after a 3-week trip (%s) with fever, headache and myalgia. No prophylaxis. Workup: %s.\n\nQuestions:\n1. Differential diagnosis?\n2. Severity criteria?\n3. First-line treatment?\n\nAnswer next week. %s\n\n%s")
    if fr:
        text = text % (c.greet(), sex[0].upper() + sex[1:], age, dest, lab, c.pick("Indice : pensez au pire d'abord.", "Bonne réflexion!"), c.sig(md))
    else:
        text = text % (c.greet(), age, sex, dest, lab, c.pick("Hint: think of the worst first.", "Enjoy!"), c.sig(md))
    return "teaching_case", Mail(c.lang, c.fr("Journal club - cas clinique", "Journal club - case"), c.sender(md), _list(c), text=text, date=c.now), \
        "anonymised teaching case"


# ------------------------------------------------------------------ research protocol
def research_protocol(c):
    pi = c.staff(role_idx=0)
    title = c.rng.choice([("Efficacité de 4R vs 3HP chez les contacts de TB : essai pragmatique", "4R vs 3HP in TB contacts: a pragmatic trial"),
                          ("Acceptabilité de la PrEP injectable en clinique communautaire", "Acceptability of long-acting PrEP in community clinics"),
                          ("Dépistage de Strongyloides chez les nouveaux arrivants", "Strongyloides screening in newcomers")])
    paras = ["# " + _pick(c, title),
             c.fr("Chercheur principal : %s", "Principal investigator: %s") % (pi.title_fr() if c.lang == "fr" else pi.title_en()),
             "## " + c.fr("Critères d'inclusion", "Inclusion criteria"),
             c.fr("Adultes de 18 ans et plus; consentement écrit; suivi possible sur 12 mois.", "Adults 18 and over; written consent; able to attend 12-month follow-up."),
             "## " + c.fr("Critères d'exclusion", "Exclusion criteria"),
             c.fr("Grossesse; cirrhose décompensée; interaction médicamenteuse majeure.", "Pregnancy; decompensated cirrhosis; major drug interaction."),
             "## " + c.fr("Taille d'échantillon", "Sample size"),
             c.fr("n = %d (puissance 80 %%, alpha 0,05).", "n = %d (80%% power, alpha 0.05).") % c.rng.randint(120, 600),
             c.fr("Les participants seront identifiés par un code d'étude (P-001 à P-%03d); aucune donnée nominative ne sera transmise au promoteur.",
                  "Participants will be identified by a study code (P-001 to P-%03d); no identifying data will be sent to the sponsor.") % c.rng.randint(200, 600)]
    data = D.make_docx(paras, author=pi.full, title=_pick(c, title))
    text = c.fr("%s\n\nVersion 3 du protocole soumise au CER. Commentaires bienvenus d'ici vendredi.\n\n%s",
                "%s\n\nProtocol version 3 submitted to the REB. Comments welcome by Friday.\n\n%s") % (c.greet(), c.sig(pi))
    return "research_protocol", Mail(c.lang, c.fr("Protocole v3 - ", "Protocol v3 - ") + _pick(c, title), c.sender(pi), _list(c), text=text,
                                     date=c.now, attachments=[Att("protocole_v3.docx" if c.lang == "fr" else "protocol_v3.docx", DOCX, data=data)]), \
        "research protocol without participants"


# ------------------------------------------------------------------ patient education leaflet
def patient_education(c):
    nurse = c.staff(role_idx=5, inst=G.INSTITUTIONS[4])
    topic = c.rng.choice([
        (c.fr("Prévenir le paludisme en voyage", "Preventing malaria when travelling"),
         [c.fr("Prenez votre médicament antipaludique tous les jours, à la même heure.", "Take your antimalarial every day at the same time."),
          c.fr("Utilisez un insectifuge contenant 20 à 30 % de DEET ou d'icaridine.", "Use a repellent with 20-30% DEET or icaridin."),
          c.fr("Toute fièvre dans les 3 mois suivant le retour doit être évaluée d'urgence.", "Any fever within 3 months of return needs urgent assessment.")]),
        (c.fr("Votre traitement de la tuberculose latente", "Your latent TB treatment"),
         [c.fr("La rifampine colore l'urine et les larmes en orange : c'est normal.", "Rifampin turns urine and tears orange: this is normal."),
          c.fr("Elle diminue l'efficacité de la pilule contraceptive.", "It makes birth control pills less effective."),
          c.fr("Appelez si vous avez des nausées, la peau jaune ou des douleurs abdominales.", "Call if you have nausea, yellow skin or belly pain.")]),
        (c.fr("Diarrhée du voyageur", "Travellers' diarrhea"),
         [c.fr("Buvez beaucoup et utilisez des solutions de réhydratation.", "Drink plenty and use oral rehydration salts."),
          c.fr("Prenez l'antibiotique de réserve seulement si fièvre ou sang dans les selles.", "Take the standby antibiotic only with fever or blood in the stool.")]),
    ])
    lines = [topic[0], ""] + ["• " + x for x in topic[1]] + ["", c.fr("Clinique santé-voyage Horizon - 514-555-0100", "Horizon Travel Health Clinic - 514-555-0100")]
    pdf = D.make_pdf(lines, title=topic[0], compress=c.rng.random() < 0.5)
    text = c.fr("%s\n\nNouveau dépliant pour les patients (version %s). À remettre lors des consultations.\n\n%s",
                "%s\n\nNew patient leaflet (version %s). Please hand out at visits.\n\n%s") % (c.greet(), c.date(c.now.date(), 0), c.sig(nurse))
    return "patient_education", Mail(c.lang, c.fr("Dépliant : ", "Leaflet: ") + topic[0], c.sender(nurse), _list(c, G.INSTITUTIONS[4]), text=text,
                                     date=c.now, attachments=[Att(c.fr("depliant.pdf", "leaflet.pdf"), "application/pdf", data=pdf)]), \
        "generic patient education leaflet"


# ------------------------------------------------------------------ data dictionary / export spec
def data_dictionary(c):
    an = c.staff(role_idx=c.pick(7, 10))
    cols = [("nom", "texte", "Nom de famille"), ("prenom", "texte", "Prénom"), ("ddn", "date AAAA-MM-JJ", "Date de naissance"),
            ("nam", "texte(12)", "Numéro d'assurance maladie, 4 lettres + 8 chiffres"), ("igra", "pos/neg/indet", "Résultat IGRA"),
            ("tct_mm", "entier", "Induration en mm")] if c.lang == "fr" else \
        [("last_name", "text", "Family name"), ("first_name", "text", "Given name"), ("dob", "date YYYY-MM-DD", "Date of birth"),
         ("hin", "text(12)", "Health insurance number, 4 letters + 8 digits"), ("igra", "pos/neg/indet", "IGRA result"), ("tst_mm", "integer", "Induration in mm")]
    csv = D.make_csv([c.fr("champ", "field"), c.fr("type", "type"), "description"], cols, ",")
    empty = D.make_csv([x[0] for x in cols], [], ";")
    text = c.fr("%s\n\nVoici le dictionnaire de données de l'export du registre TB et un gabarit CSV vide (en-têtes seulement). Exemple de format NAM : XXXX 0000 0000.\n\n%s",
                "%s\n\nHere is the data dictionary for the TB registry export and an empty CSV template (headers only). HIN format example: XXXX 0000 0000.\n\n%s") % (c.greet(), c.sig(an))
    return "data_dictionary", Mail(c.lang, c.fr("Dictionnaire de données - export TB", "Data dictionary - TB export"), c.sender(an), _list(c),
                                   text=text, date=c.now,
                                   attachments=[Att("dictionnaire.csv" if c.lang == "fr" else "dictionary.csv", "text/csv", text=csv, charset="utf-8"),
                                                Att("gabarit_vide.csv" if c.lang == "fr" else "empty_template.csv", "text/csv", text=empty, charset="utf-8")]), \
        "data dictionary and empty export template"


# ------------------------------------------------------------------ zip of blank forms
def zip_forms(c):
    sender = c.staff(role_idx=c.pick(7, 8))
    files = []
    for k in range(3):
        lines = _blank_form_lines(c, k)
        files.append(("%s_%d.pdf" % (c.fr("formulaire", "form"), k + 1), D.make_pdf(lines, title=lines[0], compress=True)))
    files.append((c.fr("LISEZMOI.txt", "README.txt"), c.fr("Formulaires vierges - version %s\n", "Blank forms - version %s\n").encode("utf-8") % c.now.strftime("%Y-%m").encode()))
    z = D.make_zip(files)
    text = c.fr("%s\n\nTous les formulaires vierges de la clinique dans un seul fichier compressé.\n\n%s",
                "%s\n\nAll the clinic's blank forms in a single archive.\n\n%s") % (c.greet(), c.sig(sender))
    return "zip_forms", Mail(c.lang, c.fr("Formulaires vierges (zip)", "Blank forms (zip)"), c.sender(sender), _list(c), text=text, date=c.now,
                             attachments=[Att(c.fr("formulaires_vierges.zip", "blank_forms.zip"), "application/zip", data=z)]), \
        "ZIP archive of blank forms"


# ------------------------------------------------------------------ forwarded newsletter as .eml
def fwd_newsletter_eml(c):
    a = c.staff()
    b = c.staff()
    org = c.pick(c.fr("Association des médecins microbiologistes infectiologues", "Association of Medical Microbiology and ID"),
                 c.fr("Réseau santé-voyage", "Travel Health Network"))
    inner_text = c.fr("%s - Infolettre\n\n1. Nouvelles recommandations sur la vaccination contre le chikungunya.\n2. Appel de résumés pour le congrès annuel (date limite : %s).\n3. Webinaire : résistance aux antimicrobiens en 2025.\n\nSe désabonner : répondre STOP.",
                      "%s - Newsletter\n\n1. New chikungunya vaccine recommendations.\n2. Call for abstracts for the annual meeting (deadline: %s).\n3. Webinar: antimicrobial resistance in 2025.\n\nUnsubscribe: reply STOP.") % (
        org, c.date(c.future(20, 50)))
    inner = Mail(c.lang, c.fr("Infolettre - ", "Newsletter - ") + org, (org, "infolettre@reseau-sante.example"), [(a.full, a.email)],
                 text=inner_text, date=c.now - datetime.timedelta(days=2))
    text = c.fr("%s\n\nIntéressant pour ton projet, voir le point 3.\n\n%s", "%s\n\nRelevant to your project, see item 3.\n\n%s") % (c.greet(b.given), a.given)
    return "fwd_newsletter_eml", Mail(c.lang, c.fr("TR: Infolettre", "FW: Newsletter"), c.sender(a), [(b.full, b.email)], text=text, date=c.now,
                                      nested=inner, nested_name=c.fr("Infolettre.eml", "Newsletter.eml")), "newsletter forwarded as an attached message"


# ------------------------------------------------------------------ asset inventory (Luhn-valid serials)
def asset_inventory(c):
    tech = G.Staff(c.rng.choice(G.STAFF_GIVEN), c.rng.choice(G.STAFF_SURNAMES), "génie biomédical", "biomedical engineering", c.rng.choice(G.INSTITUTIONS), False)
    items = [c.fr("Réfrigérateur à vaccins", "Vaccine refrigerator"), c.fr("Enregistreur de température", "Temperature logger"),
             c.fr("Centrifugeuse", "Centrifuge"), c.fr("Hotte biologique", "Biosafety cabinet"), c.fr("Moniteur de signes vitaux", "Vital signs monitor"),
             c.fr("Lecteur de test rapide", "Rapid test reader")]
    rows = [[it, luhn_serial(c, c.rng.choice([9, 10])), "A-%05d" % c.rng.randint(0, 99999), c.fr("Clinique MI", "ID clinic"),
             (c.past(200, 2000)).isoformat()] for it in c.rng.sample(items, 5)]
    head = [c.fr("Équipement", "Equipment"), c.fr("No de série", "Serial no."), c.fr("No d'actif", "Asset tag"), c.fr("Emplacement", "Location"),
            c.fr("Mise en service", "In service since")]
    x = D.make_xlsx([(c.fr("Inventaire", "Inventory"), head, rows)], creator=tech.full)
    text = c.fr("%s\n\nInventaire annuel des équipements de la clinique MI. Merci de vérifier les numéros de série et d'actif.\n\n%s",
                "%s\n\nAnnual equipment inventory for the ID clinic. Please verify serial numbers and asset tags.\n\n%s") % (c.greet(), G.signature(c.rng, tech, c.lang))
    return "asset_inventory", Mail(c.lang, c.fr("Inventaire équipements", "Equipment inventory"), c.sender(tech), _list(c, tech.inst), text=text,
                                   date=c.now, attachments=[Att(c.fr("inventaire.xlsx", "inventory.xlsx"), XLSX, data=x)]), \
        "equipment inventory with checksum-valid serial numbers"


# ------------------------------------------------------------------ fridge temperature log
def fridge_log(c):
    nurse = c.staff(role_idx=5, inst=G.INSTITUTIONS[4])
    serial = luhn_serial(c, 9)
    start = c.past(10, 20)
    rows = []
    ini = (nurse.given[0] + nurse.surname[0]).upper()
    for i in range(10):
        d = start + datetime.timedelta(days=i)
        lo = c.rng.randint(25, 40) / 10
        hi = lo + c.rng.randint(5, 30) / 10
        rows.append([d.isoformat(), serial, ("%.1f" % lo), ("%.1f" % hi), c.pick("OK", "OK", "OK", c.fr("porte ouverte", "door ajar")), ini])
    csv = D.make_csv([c.fr("date", "date"), c.fr("no_serie_frigo", "fridge_serial"), "min_c", "max_c", c.fr("remarque", "remark"), c.fr("initiales", "initials")], rows, ";")
    text = c.fr("%s\n\nRelevé des températures du réfrigérateur à vaccins (%s) pour l'audit du programme.\n\n%s",
                "%s\n\nVaccine fridge temperature log (%s) for the program audit.\n\n%s") % (c.greet(), serial, c.sig(nurse))
    return "fridge_log", Mail(c.lang, c.fr("Relevé températures frigo", "Fridge temperature log"), c.sender(nurse), _list(c, G.INSTITUTIONS[4]),
                              text=text, date=c.now, attachments=[Att("temperatures.csv", "text/csv", text=csv, charset=c.pick("utf-8", "us-ascii"))]), \
        "vaccine fridge temperature log"


# ------------------------------------------------------------------ audit report
def audit_report(c):
    ipc = c.staff(role_idx=10)
    units = ["5N", "6S", "7E", c.fr("Urgence", "ED"), c.fr("Clinique VIH", "HIV clinic"), c.fr("Hémodialyse", "Dialysis")]
    lines = "\n".join("%-14s %3d %%  (%d obs.)" % (u, c.rng.randint(58, 97), c.rng.randint(30, 120)) for u in units)
    text = c.fr("%s\n\nAudit d'hygiène des mains - période %d :\n\n%s\n\nCible régionale : 80 %%. Les unités sous la cible recevront une visite de l'équipe PCI.\n\n%s",
                "%s\n\nHand hygiene audit - period %d:\n\n%s\n\nRegional target: 80%%. Units below target will get an IPAC visit.\n\n%s") % (
        c.greet(), c.rng.randint(1, 13), lines, c.sig(ipc))
    return "audit_report", Mail(c.lang, c.fr("Audit hygiène des mains", "Hand hygiene audit"), c.sender(ipc), _list(c), text=text, date=c.now), \
        "aggregate hand-hygiene audit"


# ------------------------------------------------------------------ budget
def budget(c):
    mgr = c.staff(role_idx=11)
    lines = [(c.fr("Vaccins (achats)", "Vaccines (purchases)"), c.rng.randint(80, 200) * 1000), (c.fr("Antirétroviraux (hors RAMQ)", "Antiretrovirals (non-covered)"), c.rng.randint(20, 90) * 1000),
             (c.fr("Personnel infirmier", "Nursing staff"), c.rng.randint(400, 900) * 1000), (c.fr("Trousses IGRA", "IGRA kits"), c.rng.randint(10, 40) * 1000)]
    table = "\n".join("%-32s %10s $   %+d %%" % (a, "{:,}".format(b).replace(",", " "), c.rng.randint(-12, 15)) for a, b in lines)
    text = c.fr("%s\n\nÉcarts budgétaires de la période %d :\n\n%s\n\nÀ discuter à la réunion de direction.\n\n%s",
                "%s\n\nBudget variances for period %d:\n\n%s\n\nTo be discussed at the management meeting.\n\n%s") % (c.greet(), c.rng.randint(1, 13), table, c.sig(mgr))
    return "budget", Mail(c.lang, c.fr("Écarts budgétaires - MI", "Budget variances - ID"), c.sender(mgr), _list(c), text=text, date=c.now), \
        "budget variance report"


# ------------------------------------------------------------------ meeting minutes
def minutes(c):
    sec = c.staff(role_idx=7)
    present = [c.staff(inst=sec.inst) for _ in range(c.rng.randint(4, 7))]
    text = c.fr("%s\n\nProcès-verbal - réunion du service de MI du %s\n\nPrésents : %s\n\n1. Volumes : %d consultations internes, %d visites en clinique externe, %d nouveaux patients VIH ce trimestre.\n2. Recrutement : un poste d'infirmière clinique VIH est affiché.\n3. Garde : le nouvel horaire entre en vigueur le %s.\n4. Varia : la clinique voyage déménage au 2e étage en septembre.\n\n%s",
                "%s\n\nMinutes - ID division meeting of %s\n\nPresent: %s\n\n1. Volumes: %d inpatient consults, %d outpatient visits, %d new HIV patients this quarter.\n2. Recruitment: an HIV clinic nurse position is posted.\n3. On call: the new schedule starts on %s.\n4. Other: the travel clinic moves to the 2nd floor in September.\n\n%s") % (
        c.greet(), c.date(c.past(2, 10)), ", ".join(p.full for p in present), c.rng.randint(150, 400), c.rng.randint(800, 2000), c.rng.randint(3, 15),
        c.date(c.future(10, 40)), c.sig(sec))
    return "minutes", Mail(c.lang, c.fr("PV réunion de service", "Division meeting minutes"), c.sender(sec), _list(c, sec.inst), text=text, date=c.now), \
        "meeting minutes with staff names and aggregate volumes"


# ------------------------------------------------------------------ satisfaction survey
def satisfaction(c):
    q = c.staff(role_idx=11)
    text = c.fr("%s\n\nRésultats du sondage de satisfaction de la clinique voyage (n = %d) : %d %% très satisfaits, délai moyen d'attente %d minutes. Principal commentaire : difficulté à joindre la clinique par téléphone.\n\n%s",
                "%s\n\nTravel clinic satisfaction survey results (n = %d): %d%% very satisfied, mean wait %d minutes. Main comment: hard to reach the clinic by phone.\n\n%s") % (
        c.greet(), c.rng.randint(120, 400), c.rng.randint(70, 93), c.rng.randint(8, 35), c.sig(q))
    return "satisfaction", Mail(c.lang, c.fr("Sondage de satisfaction - résultats", "Satisfaction survey - results"), c.sender(q), _list(c), text=text,
                                date=c.now), "aggregate satisfaction survey"


# ------------------------------------------------------------------ simulation exercise
def simulation(c):
    ipc = c.staff(role_idx=10)
    text = c.fr("%s\n\nExercice de simulation le %s à l'urgence : arrivée d'un patient simulé (mannequin) revenant d'Afrique de l'Ouest avec fièvre et saignements — suspicion de fièvre hémorragique virale. Objectifs : habillage/déshabillage, transfert en chambre à pression négative, communication avec la santé publique.\n\nAucun vrai patient ne sera impliqué.\n\n%s",
                "%s\n\nSimulation exercise on %s in the ED: arrival of a simulated patient (mannequin) back from West Africa with fever and bleeding — suspected viral hemorrhagic fever. Objectives: donning/doffing, transfer to a negative-pressure room, communication with public health.\n\nNo real patient will be involved.\n\n%s") % (
        c.greet(), c.date(c.future(5, 20)), c.sig(ipc))
    return "simulation", Mail(c.lang, c.fr("Exercice de simulation FHV", "VHF simulation exercise"), c.sender(ipc), _list(c), text=text, date=c.now), \
        "simulation exercise with a mannequin"


# ------------------------------------------------------------------ policy
def policy(c):
    ipc = c.staff(role_idx=c.pick(10, 11))
    p = c.rng.choice([
        (c.fr("Politique d'isolement aérien (révision)", "Airborne isolation policy (revised)"),
         c.fr("Tout patient avec suspicion de TB pulmonaire doit être placé en chambre à pression négative dès l'arrivée. La levée de l'isolement requiert 3 frottis négatifs ou l'avis de l'infectiologue.",
              "Any patient with suspected pulmonary TB must be placed in a negative-pressure room on arrival. Discontinuing isolation requires 3 negative smears or ID approval.")),
        (c.fr("Procédure PPE pour le personnel", "Staff PEP procedure"),
         c.fr("En cas d'exposition au sang, le ou la membre du personnel doit se présenter à l'urgence dans l'heure. La trousse de départ PPE (3 jours) est disponible à la pharmacie.",
              "After a blood exposure, the staff member must go to the ED within one hour. The PEP starter kit (3 days) is available at pharmacy.")),
        (c.fr("Ordonnance collective - vaccination en santé-voyage", "Medical directive - travel vaccination"),
         c.fr("Les infirmières habilitées peuvent administrer les vaccins du protocole sans ordonnance individuelle, sauf contre-indication (grossesse, immunosuppression).",
              "Authorized nurses may give protocol vaccines without an individual order, except when contraindicated (pregnancy, immunosuppression).")),
    ])
    text = "%s\n\n%s\n\n%s\n\n%s" % (c.greet(), p[0], p[1], c.sig(ipc))
    return "policy", Mail(c.lang, p[0], c.sender(ipc), _list(c), text=text, date=c.now), "clinical policy update"


# ------------------------------------------------------------------ referral how-to
def referral_howto(c):
    coord = c.staff(role_idx=7, inst=G.INSTITUTIONS[4])
    text = c.fr("%s\n\nPour toute référence à la clinique santé-voyage ou à la clinique TB, merci d'inclure :\n- nom, prénom et date de naissance du patient;\n- NAM (12 caractères) et téléphone;\n- destination et date de départ, ou raison de la référence;\n- médication actuelle et allergies.\n\nLes références incomplètes seront retournées. Télécopieur : 514-555-0191. Ne pas envoyer de renseignements cliniques par courriel non sécurisé.\n\n%s",
                "%s\n\nFor any referral to the travel clinic or TB clinic, please include:\n- patient's name and date of birth;\n- health insurance number (12 characters) and phone;\n- destination and departure date, or reason for referral;\n- current medications and allergies.\n\nIncomplete referrals will be returned. Fax: 514-555-0191. Do not send clinical information by unsecured e-mail.\n\n%s") % (
        c.greet(), c.sig(coord))
    return "referral_howto", Mail(c.lang, c.fr("Comment nous référer", "How to refer to us"), c.sender(coord),
                                  [(c.fr("Médecins référents", "Referring physicians"), "medecins@" + c.rng.choice(G.CLINICS)[1])], text=text, date=c.now), \
        "referral instructions listing required fields without values"


BUILDERS = [
    (blank_form, 5), (template_letter, 4), (teaching_case, 5), (research_protocol, 4), (patient_education, 4),
    (data_dictionary, 3), (zip_forms, 3), (fwd_newsletter_eml, 3), (asset_inventory, 4), (fridge_log, 4),
    (audit_report, 4), (budget, 3), (minutes, 4), (satisfaction, 2), (simulation, 2), (policy, 3), (referral_howto, 3),
]
