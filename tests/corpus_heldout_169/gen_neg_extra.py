"""Extra hard negatives (both languages): clinical talk with no identifiable patient, staff absences,
accepted abstracts, blank consent forms, aggregate audit results."""
import datetime as dt

from gen_attach import make_docx, make_pdf
from gen_build import Spec, Att, staff_addr
from gen_common import ORG_DOMAIN, ORG_EN, ORG_FR, ascii_slug, d_en, d_fr, d_short_en, d_short_fr, signature
from gen_helpers import hello, thanks
from gen_neg_common import org_addr, staff_names

CURBSIDE_FR = [
    ("Question — dose d'apixaban", "Petite question générale : pour un patient de plus de 80 ans avec FA, poids autour de 58 kg et créatinine à 140, vous recommandez bien 2,5 mg BID? Je n'ai pas de patient précis en tête, c'est pour la mise à jour de notre aide-mémoire au GMF.",
     "Oui : deux critères sur trois (âge ≥ 80, poids ≤ 60 kg, créat ≥ 133) justifient la dose réduite. Je t'envoie notre tableau de référence pour les AOD."),
    ("Question — iSGLT2 et DFGe bas", "En général, jusqu'à quel DFGe continuez-vous la dapagliflozine chez vos patients en IC? On veut harmoniser nos pratiques au GMF.",
     "On la poursuit jusqu'à la dialyse en pratique, et on l'initie si DFGe ≥ 20 à 25. Attention à la déplétion volémique les premières semaines."),
    ("Délai pour conduire après DCI", "Quelles sont les recommandations actuelles pour la conduite automobile après l'implantation d'un DCI en prévention primaire? C'est une question qui revient souvent.",
     "Une semaine en prévention primaire pour un permis privé, six mois après un choc approprié. Les permis commerciaux sont plus restrictifs."),
]
CURBSIDE_EN = [
    ("Quick question - AF and anticoagulation", "General question for our practice guide: in a patient with AF and a CHA2DS2-VASc of 1 (female sex only), do you start a DOAC? Not about a specific patient.",
     "No - female sex alone does not count. We reassess yearly and if new risk factors appear."),
    ("MRA and potassium", "For our FHT protocol: at what potassium level do you hold spironolactone in HFrEF?",
     "Hold if K > 5.5, reduce the dose if 5.0-5.5, and recheck within 72 h. Avoid potassium supplements and NSAIDs."),
    ("Driving after PCI", "What do you tell patients about driving after an elective PCI? Our nurses get asked all the time.",
     "48 hours for private licences after uncomplicated elective PCI; longer after an MI. Commercial drivers need a formal assessment."),
]


def curbside_fr(w, now):
    r = w.rng
    subj, q, a = r.choice(CURBSIDE_FR)
    doc = w.pick_staff("cardio")
    gp = w.patient("fr", age=(35, 60))
    text = f"""{a}

{doc.title} {doc.surname}

De : Dr{'e' if gp.sex == 'F' else ''} {gp.full} <{ascii_slug(gp.surname).lower()}@gmf4v.example>
Envoyé : {d_fr(now.date() - dt.timedelta(days=1))}
Objet : {subj}

> {q}
"""
    return Spec("neg", "clinical_question", "fr", "RE: " + subj, text, staff_addr(doc),
                [(f"Dr{'e' if gp.sex == 'F' else ''} {gp.full}", f"{ascii_slug(gp.surname).lower()}@gmf4v.example")],
                note="question clinique générale sans patient identifiable", reply_to_id="gmf4v.example")


def curbside_en(w, now):
    r = w.rng
    subj, q, a = r.choice(CURBSIDE_EN)
    doc = w.pick_staff("cardio")
    gp = w.patient("en", age=(35, 60))
    text = f"""{a}

{doc.title} {doc.surname}

-----Original Message-----
From: Dr. {gp.full}
Sent: {d_en(now.date() - dt.timedelta(days=1))}
Subject: {subj}

{q}
"""
    return Spec("neg", "clinical_question", "en", "RE: " + subj, text, staff_addr(doc),
                [(f"Dr. {gp.full}", f"{ascii_slug(gp.surname).lower()}@carletonfht.example")],
                note="general clinical question, no identifiable patient", reply_to_id="carletonfht.example")


def sick_call_fr(w, now):
    r = w.rng
    e = w.pick_staff(r.choice(["nurse", "echo", "clerk", "kin"]))
    m = w.pick_staff("manager")
    text = f"""Bonjour {m.given},

Je ne pourrai pas rentrer {r.choice(['aujourd’hui', 'demain', 'ni aujourd’hui ni demain'])}, {r.choice(['gastro depuis la nuit', 'mon fils est malade et la garderie est fermée', 'grosse grippe, fièvre à 39'])}.
{r.choice(['Mes rendez-vous de 9 h et 10 h peuvent être déplacés à jeudi.', 'Marie-Ève peut couvrir l’écho 2.', 'J’ai avisé la centrale.'])}

{e.given}
"""
    return Spec("neg", "hr", "fr", "Absence", text, staff_addr(e), [staff_addr(m)], note="absence maladie d'une employée ou d'un employé")


def sick_call_en(w, now):
    r = w.rng
    e = w.pick_staff(r.choice(["nurse", "echo", "clerk", "device"]))
    m = w.pick_staff("manager")
    text = f"""Hi {m.given},

I won't be in {r.choice(['today', 'tomorrow', 'until Thursday'])} - {r.choice(['stomach bug', 'my daughter has strep and daycare won’t take her', 'migraine since last night'])}.
{r.choice(['My morning device checks can be moved to Friday.', 'The rota is updated.', 'I let the front desk know.'])}

{e.given}
"""
    return Spec("neg", "hr", "en", "Sick today", text, staff_addr(e), [staff_addr(m)], note="staff sick call")


def abstract_accepted(w, now, lang):
    r = w.rng
    rc = w.pick_staff("research")
    d = w.pick_staff("cardio")
    title = r.choice(["Titration accélérée de la quadrithérapie en IC : expérience d'une clinique (n = 212)",
                      "Télésurveillance des DCI : charge de travail et alertes exploitables",
                      "Réadaptation cardiaque virtuelle chez les femmes après un SCA"])
    if lang == "fr":
        text = f"""Bonjour {d.given},

Excellente nouvelle : votre résumé « {title} » est accepté en présentation orale au congrès de la Société d'insuffisance cardiaque du Québec-Centre ({d_fr(w.future(now.date(), 30, 90))}).
Les données sont agrégées; aucune modification requise pour la confidentialité. Merci de téléverser vos diapositives 10 jours avant.

{signature(rc, 'fr')}
"""
        return Spec("neg", "research", "fr", "Résumé accepté", text, staff_addr(rc), [staff_addr(d)], note="résumé de congrès accepté")
    text = f"""Hi {d.given},

Great news - your abstract "{title}" was accepted as an oral presentation at the regional heart failure meeting ({d_en(w.future(now.date(), 30, 90))}).
Aggregate data only, so no privacy changes needed. Slides are due 10 days before.

{signature(rc, 'en')}
"""
    return Spec("neg", "research", "en", "Abstract accepted", text, staff_addr(rc), [staff_addr(d)], note="conference abstract acceptance")


def blank_consent(w, now, lang):
    r = w.rng
    c = w.pick_staff("nurse")
    if lang == "fr":
        paras = ["Nom de l'usager : _____________________   No de dossier : ___________",
                 "Je, soussigné(e), consens à subir : □ coronarographie □ angioplastie □ implantation de stimulateur/DCI □ cardioversion",
                 "Les risques (saignement, infection, réaction au contraste, AVC, décès < 0,1 %) m'ont été expliqués.",
                 "Signature de l'usager : ______________   Date : __________",
                 "Médecin : ______________   Témoin : ______________"]
        docx = make_docx("Consentement aux procédures — cardiologie", paras)
        text = f"""Bonjour,

Nouvelle version du formulaire de consentement (bilingue en préparation). À imprimer recto verso.

{signature(c, 'fr')}
"""
        return Spec("neg", "blank_form", "fr", "Formulaire de consentement — nouvelle version", text, staff_addr(c), [("Hémodynamie", org_addr("hemo"))],
                    note="formulaire de consentement vierge", attachments=[Att("docx", "Consentement_procedures_cardio.docx", docx)])
    paras = ["Patient name: ____________________   MRN: ___________",
             "I consent to: [ ] coronary angiogram [ ] PCI [ ] pacemaker/ICD implant [ ] cardioversion",
             "Risks explained (bleeding, infection, contrast reaction, stroke, death < 0.1%).",
             "Patient signature: ____________   Date: ________", "Physician: ____________   Witness: ____________"]
    docx = make_docx("Consent for Cardiac Procedures", paras)
    text = f"""Hi,

Updated consent form attached - please print double-sided and recycle old stock.

{signature(c, 'en')}
"""
    return Spec("neg", "blank_form", "en", "Updated consent form", text, staff_addr(c), [("Cath Lab", org_addr("cathlab"))],
                note="blank consent form", attachments=[Att("docx", "Consent_cardiac_procedures.docx", docx)])


def audit_results(w, now, lang):
    r = w.rng
    m = w.pick_staff("manager")
    n = r.randint(80, 160)
    a, b, c = r.randint(55, 80), r.randint(60, 90), r.randint(30, 60)
    if lang == "fr":
        text = f"""Bonjour à tous,

Résultats de l'audit des dossiers de la clinique d'IC ({n} dossiers tirés au hasard, données dépersonnalisées) :
- Quadrithérapie complète au 3e mois : {a} %
- Enseignement sur la pesée documenté : {b} %
- Référence en réadaptation documentée : {c} %

Les dossiers audités ne sont pas identifiés dans ce rapport. Discussion à la réunion d'équipe.

{signature(m, 'fr')}
"""
        return Spec("neg", "statistics", "fr", "Audit clinique IC — résultats", text, staff_addr(m), [("Équipe clinique IC", org_addr("clinique.ic"))],
                    note="résultats agrégés d'un audit de dossiers")
    text = f"""Hi team,

HF clinic chart audit results ({n} randomly selected charts, de-identified):
- On all four GDMT pillars at 3 months: {a}%
- Daily-weight teaching documented: {b}%
- Rehab referral documented: {c}%

No individual charts are identified in this report. We'll discuss at the team meeting.

{signature(m, 'en')}
"""
    return Spec("neg", "statistics", "en", "HF chart audit - results", text, staff_addr(m), [("HF Team", org_addr("hfteam"))],
                note="aggregate chart audit results")


def _in(lang, fn):
    def t(w, now):
        return fn(w, now, lang)
    t.__name__ = f"{fn.__name__}_{lang}"
    return t


TEMPLATES_FR = [curbside_fr, sick_call_fr] + [_in("fr", f) for f in (abstract_accepted, blank_consent, audit_results)]
TEMPLATES_EN = [curbside_en, sick_call_en] + [_in("en", f) for f in (abstract_accepted, blank_consent, audit_results)]
