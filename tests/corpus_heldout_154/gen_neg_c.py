"""Negative templates, part C: coded data, budgets, candidates, closures, archiving, accountability."""
import datetime as dt

import gen_attach as A
import gen_data as D
from gen_common import quote
from gen_mime import Mail
from gen_neg_a import luhn_serial, spaced


def redcap_deidentified(c):
    t = c.trial(c.pick(["endo", "cardio", "nephro"]))
    dm = D.STAFF[5]
    stat = ("Unité de biostatistique", f"biostat@{D.ORG['dom']}")
    rows = [["record_id", "age_group", "sex", "visit", "hba1c_pct" if t["area"] == "endo" else "egfr", "ae_grade"]]
    for i in range(1, c.rng.randrange(12, 25)):
        v = f"{c.rng.uniform(6.5, 11):.1f}" if t["area"] == "endo" else str(c.rng.randrange(15, 60))
        rows.append([f"{t['proto'][-3:]}-{i:03d}", c.pick(["40-49", "50-59", "60-69", "70-79"]), c.pick("FM"),
                     c.pick(["baseline", "week_12", "week_24"]), v, str(c.rng.randrange(0, 4))])
    att = A.csv(f"{t['proto']}_DEID_{c.date:%Y-%m-%d}.csv", rows)
    prev = c.L("Peux-tu m'envoyer l'export pour l'analyse intérimaire ? Version dépersonnalisée seulement SVP.",
               "Can you send me the export for the interim analysis? De-identified version only please.")
    body = c.L(f"Voilà l'export dépersonnalisé de {t['code']} : identifiants retirés, âge en tranches, codes de "
               f"participants seulement.\n\n{dm[0]}\n\n" + quote(prev, stat[0], c.d(c.past(1, 3), 2), "fr"),
               f"Here's the de-identified {t['code']} export: identifiers removed, age banded, subject codes only.\n\n"
               f"{dm[0]}\n\n" + quote(prev, stat[0], c.d(c.past(1, 3), 2), "en"))
    subj = c.L(f"RE: Export {t['code']} pour analyse intérimaire", f"RE: {t['code']} export for interim analysis")
    m = Mail(c.lang, "data", D.staff_addr(dm), [stat], subj, body, attachments=[att])
    return "deidentified_export", m, "de-identified data export with coded subjects"


def privacy_reminder(c):
    jf = D.STAFF[9]
    body = c.L("Bonjour à tous,\n\nRappel : aucun courriel envoyé à un promoteur ou à un moniteur ne doit contenir le "
               "nom, le NAM, le numéro de dossier ou la date de naissance complète d'un participant. Utilisez "
               "uniquement le code de participant (ex. 014-0XX) et l'âge.\n\nÀ proscrire : « NOM, Prénom - NAM "
               "XXXX 0000 0000 - dossier 0000000 ».\nCorrect : « Participant 014-0XX, 67 ans, F ».\n\nEn cas "
               "d'envoi par erreur, avisez la responsable de la protection des renseignements personnels au poste "
               "2201.\n\nJean-François Dufresne\nDirecteur du BRC",
               "Hello all,\n\nReminder: no e-mail to a sponsor or monitor may contain a participant's name, RAMQ "
               "number, chart number or full date of birth. Use the subject code (e.g. 014-0XX) and age only.\n\n"
               "Never: \"SURNAME, Given name - RAMQ XXXX 0000 0000 - chart 0000000\".\nCorrect: \"Subject 014-0XX, "
               "67 y, F\".\n\nIf something is sent by mistake, notify the privacy officer at ext. 2201.\n\n"
               "Jean-François Dufresne\nDirector, Clinical Research Office")
    subj = c.L("Rappel - renseignements personnels dans les courriels", "Reminder - personal information in e-mail")
    m = Mail(c.lang, "policy", D.staff_addr(jf), [(c.L("Équipe BRC", "CRO team"), f"brc-equipe@{D.ORG['dom']}")], subj, body)
    return "privacy_reminder", m, "privacy policy reminder with placeholders"


def study_budget(c):
    t = c.trial(c.pick(["cardio", "onco", "neuro", "nephro"]))
    fin = D.STAFF[10]
    sp = D.sponsor_contact(t)
    rows = [c.L(["Visite", "Actes", "Montant ($)"], ["Visit", "Procedures", "Amount ($)"])]
    for v, acts in [("V1", "ECG, FSC, biochimie, consentement"), ("V2", "perfusion, PK x3"), ("V3", "ECG, IRM"),
                    ("V6", "examen physique, questionnaires"), ("EOS", "ECG, bilan complet")]:
        rows.append([v, acts if c.lang == "fr" else acts.replace("FSC", "CBC").replace("biochimie", "chemistry")
                     .replace("consentement", "consent").replace("perfusion", "infusion").replace("IRM", "MRI")
                     .replace("examen physique", "physical exam").replace("bilan complet", "full panel"),
                     str(c.rng.randrange(250, 2400))])
    text = "\n".join(" | ".join(r) for r in rows)
    body = c.L(f"Bonjour {sp[0]},\n\nContre-proposition du CHUSV pour le budget par participant de {t['proto']} "
               f"(frais indirects de 30 % en sus) :\n\n{text}\n\nLes frais de pharmacie et d'archivage sont facturés "
               f"séparément.\n\n{D.signature(fin, 'fr', c.rng)}",
               f"Hi {sp[0]},\n\nCHUSV counter-proposal for the {t['proto']} per-participant budget (30% overhead on top):"
               f"\n\n{text}\n\nPharmacy and archiving fees are invoiced separately.\n\n{D.signature(fin, 'en', c.rng)}")
    subj = c.L(f"Budget {t['proto']} - contre-proposition", f"{t['proto']} budget - counter-proposal")
    m = Mail(c.lang, "budget", D.staff_addr(fin), [D.ext_addr(sp)], subj, body)
    return "study_budget", m, "per-visit budget negotiation"


def candidate_interviews(c):
    hr = ("Dotation - RH", "Staffing - HR", f"dotation@{D.ORG['dom']}")
    jf = D.STAFF[9]
    cands = c.rng.sample(["Maude Ricard", "Yannick Boulet", "Chloé Sauvageau", "Ahmed Zerrouki", "Émilie Tardif",
                          "Vincent Lalancette", "Priscilla Mensah"], 3)
    day = c.future(3, 10)
    text = "\n".join(f"{h} | {n} | {c.pick([c.L('inf. clinicienne, 4 ans en oncologie', 'RN, 4 years oncology'), c.L('M. Sc. biologie, ACRP-CP', 'MSc biology, ACRP-CP'), c.L('technicienne de labo, bilingue', 'lab tech, bilingual')])}"
                     for h, n in zip(c.L(["9 h 00", "10 h 30", "13 h 30"], ["9:00", "10:30", "13:30"]), cands))
    body = c.L(f"Bonjour Jean-François,\n\nEntrevues pour le poste BRC-{c.date.year}-27 le {c.d(day, 2)}, salle R-305 :\n\n"
               f"Heure | Candidat(e) | Profil\n{text}\n\nLes CV sont dans le dossier partagé Dotation. Grille "
               f"d'entrevue jointe à l'invitation.\n\nDotation - RH",
               f"Hi Jean-François,\n\nInterviews for posting BRC-{c.date.year}-27 on {c.d(day, 2)}, room R-305:\n\n"
               f"Time | Candidate | Profile\n{text}\n\nCVs are in the Staffing shared folder. Interview grid attached to "
               f"the invite.\n\nStaffing - HR")
    subj = c.L("Entrevues - coordonnateur(trice) de recherche", "Interviews - research coordinator")
    m = Mail(c.lang, "hr", (c.L(hr[0], hr[1]), hr[2]), [D.staff_addr(jf)], subj, body)
    return "candidate_interviews", m, "job candidate interview schedule"


def holiday_closure(c):
    jf = D.STAFF[9]
    oncall = c.rng.sample([D.STAFF[0], D.STAFF[1], D.STAFF[2], D.STAFF[3], D.STAFF[8]], 3)
    text = "\n".join(f"{c.pick(['24-26', '27-29', '30-31', '1-2'])} | {p[0]} {p[1]} | 418 555-01{c.rng.randrange(50, 99)}" for p in oncall)
    body = c.L(f"Bonjour,\n\nLe BRC sera fermé pendant la période des Fêtes. Garde téléphonique (EIG, levées d'insu) :\n\n"
               f"Dates | Personne | Cellulaire de garde\n{text}\n\nLa pharmacie de recherche reste joignable au poste 2150.\n\n{jf[0]}",
               f"Hello,\n\nThe CRO will be closed over the holidays. On-call coverage (SAEs, unblinding):\n\nDates | Person | "
               f"On-call cell\n{text}\n\nThe research pharmacy can still be reached at ext. 2150.\n\n{jf[0]}")
    subj = c.L("Fermeture des Fêtes - garde", "Holiday closure - on-call")
    m = Mail(c.lang, "admin", D.staff_addr(jf), [(c.L("Tout le personnel", "All staff"), f"tous@{D.ORG['dom']}")], subj, body)
    return "holiday_oncall", m, "holiday closure and staff on-call list"


def closeout_archiving(c):
    t = c.trial()
    reg = D.STAFF[12]
    boxes = [luhn_serial(c.rng, 10) for _ in range(c.rng.randrange(3, 6))]
    rows = [c.L(["Boîte", "Contenu", "Conservation jusqu'au"], ["Box", "Contents", "Retain until"])]
    for b in boxes:
        rows.append([b, c.pick([c.L("cartable réglementaire", "regulatory binder"), c.L("formulaires de consentement", "consent forms"),
                                c.L("journaux de pharmacie", "pharmacy logs"), c.L("correspondance CÉR", "REB correspondence")]),
                     f"{c.date.year + 25}-12-31"])
    att = A.xlsx(c.L(f"archivage_{t['proto']}.xlsx", f"archiving_{t['proto']}.xlsx"), [(c.L("Boîtes", "Boxes"), rows)])
    body = c.L(f"Bonjour,\n\nFermeture de {t['code']} terminée. Les boîtes ci-jointes partent chez Archivex demain "
               f"(entente de conservation 25 ans).\n\n{D.signature(reg, 'fr', c.rng)}",
               f"Hello,\n\n{t['code']} close-out complete. The boxes listed go to Archivex tomorrow (25-year retention "
               f"agreement).\n\n{D.signature(reg, 'en', c.rng)}")
    subj = c.L(f"Archivage {t['proto']} - liste des boîtes", f"{t['proto']} archiving - box list")
    m = Mail(c.lang, "regulatory", D.staff_addr(reg), [("Archivex", "depot@archivex.example")], subj, body, attachments=[att])
    return "archiving", m, "study close-out archiving list with box numbers"


def ip_accountability(c):
    t = c.trial()
    pharm = D.STAFF[3]
    mon = D.EXTERNAL[c.pick([0, 3, 4])]
    rows = [c.L(["No trousse", "Participant", "Remis le", "Retourné le", "Comprimés retournés"],
                ["Kit no.", "Subject", "Dispensed", "Returned", "Tablets returned"])]
    for _ in range(c.rng.randrange(5, 10)):
        d1 = c.past(20, 90)
        rows.append([str(c.rng.randrange(100000, 999999)), c.subj_id(t), d1.isoformat(),
                     (d1 + dt.timedelta(days=28)).isoformat(), str(c.rng.randrange(0, 12))])
    att = A.xlsx(c.L(f"comptabilite_PR_{t['proto']}.xlsx", f"IP_accountability_{t['proto']}.xlsx"), [("IP", rows)])
    body = c.L(f"Bonjour {mon[0]},\n\nJournal de comptabilité du produit à jour pour votre visite (codes de participants "
               f"seulement).\n\n{D.signature(pharm, 'fr', c.rng)}",
               f"Hi {mon[0]},\n\nUpdated IP accountability log for your visit (subject codes only).\n\n{D.signature(pharm, 'en', c.rng)}")
    subj = c.L(f"Comptabilité PR {t['proto']}", f"IP accountability {t['proto']}")
    m = Mail(c.lang, "pharmacy", D.staff_addr(pharm), [D.ext_addr(mon)], subj, body, attachments=[att])
    return "ip_accountability", m, "coded investigational product accountability log"


def translation_request(c):
    reg = D.STAFF[12]
    t = c.trial()
    words = c.rng.randrange(3500, 9000)
    body = c.L(f"Bonjour,\n\nPourriez-vous nous soumettre une estimation pour la traduction vers l'anglais du formulaire "
               f"de consentement de {t['code']} (v4.0, {words} mots, étude sur {t['dx_fr']}) ? Délai souhaité : 10 jours "
               f"ouvrables. Certification du traducteur requise par le CÉR.\n\n{D.signature(reg, 'fr', c.rng)}",
               f"Hello,\n\nCould you send a quote to translate the {t['code']} consent form into French (v4.0, {words} "
               f"words, study in {t['dx_en']})? Turnaround: 10 business days. Translator certificate required by the REB.\n\n"
               f"{D.signature(reg, 'en', c.rng)}")
    subj = c.L(f"Soumission - traduction FIC {t['code']}", f"Quote request - ICF translation {t['code']}")
    m = Mail(c.lang, "admin", D.staff_addr(reg), [("Traductions Lexis", "soumissions@lexis-trad.example")], subj, body)
    return "translation_quote", m, "translation quote request for a consent form"


def webinar_invite(c):
    eo = D.STAFF[7]
    day = c.future(7, 30)
    start = dt.datetime.combine(day, dt.time(12, 0))
    topic = c.pick([c.L("Consentement des personnes inaptes en recherche", "Consent of incapacitated adults in research"),
                    c.L("Recherche en pédiatrie : assentiment", "Paediatric research: assent"),
                    c.L("Nouveautés de la Loi 25 pour les chercheurs", "Law 25 updates for researchers")])
    att = A.ics("formation_CER.ics" if c.lang == "fr" else "REB_training.ics", f"web-{c.idx}@{D.ORG['dom']}", start,
                start + dt.timedelta(hours=1), topic, "Teams", c.L("Formation continue du CÉR, 1 h reconnue.", "REB continuing education, 1 credited hour."),
                D.staff_addr(eo))
    body = c.L(f"Bonjour,\n\nMidi-formation du CÉR le {c.d(day, 2)} : « {topic} », présentée par Me Sandrine Pelchat, "
               f"avocate. Invitation jointe.\n\n{D.signature(eo, 'fr', c.rng)}",
               f"Hello,\n\nREB lunch session on {c.d(day, 2)}: \"{topic}\", presented by Sandrine Pelchat, lawyer. "
               f"Invite attached.\n\n{D.signature(eo, 'en', c.rng)}")
    subj = c.L(f"Midi-formation CÉR - {topic}", f"REB lunch session - {topic}")
    m = Mail(c.lang, "training", D.staff_addr(eo), [(c.L("Chercheurs", "Researchers"), f"chercheurs@{D.ORG['dom']}")], subj, body, attachments=[att])
    return "ethics_webinar", m, "ethics training session invitation"


def audit_summary(c):
    qa = D.STAFF[9]
    n = c.rng.randrange(8, 20)
    rows = [c.L(["Constat", "Nombre", "Gravité"], ["Finding", "Count", "Severity"])]
    for f in [c.L("FIC non datée par le participant", "ICF not dated by participant"),
              c.L("Version périmée de la FIC utilisée", "Outdated ICF version used"),
              c.L("EIG déclaré hors délai", "SAE reported late"),
              c.L("Registre de délégation incomplet", "Incomplete delegation log"),
              c.L("Température de pharmacie non documentée", "Pharmacy temperature not documented")]:
        rows.append([f, str(c.rng.randrange(0, 6)), c.pick([c.L("mineure", "minor"), c.L("majeure", "major")])])
    text = "\n".join(" | ".join(r) for r in rows)
    body = c.L(f"Bonjour,\n\nSommaire des audits internes de l'année ({n} études auditées) :\n\n{text}\n\nUne formation "
               f"de rappel sur le consentement est prévue au printemps.\n\n{qa[0]} {qa[1]}",
               f"Hello,\n\nSummary of this year's internal audits ({n} studies audited):\n\n{text}\n\nA consent refresher "
               f"session is planned for the spring.\n\n{qa[0]} {qa[1]}")
    subj = c.L("Sommaire des audits internes", "Internal audit summary")
    m = Mail(c.lang, "quality", D.staff_addr(qa), [(c.L("Chercheurs", "Researchers"), f"chercheurs@{D.ORG['dom']}")], subj, body)
    return "audit_summary", m, "aggregate internal audit findings"


TEMPLATES = [redcap_deidentified, privacy_reminder, study_budget, candidate_interviews, holiday_closure,
             closeout_archiving, ip_accountability, translation_request, webinar_invite, audit_summary]
