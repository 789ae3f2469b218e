"""Positive (confidential) templates, part A: referrals, intake, interpreters, coverage."""
import datetime

from gen_attach import make_ics, make_pdf, make_xlsx
from gen_build import greet, html_table, sign, quote, quote_header
from gen_clin import problem, social
from gen_common import (CLINIC_DOM, CLINIC_EN, CLINIC_FR, HOSP, HOSP_DOM, HOSP_SHORT,
                        INTERP_DOM, INTERPRETERS, LANG_EN, fdate, fday, fmt_ohip, make_ohip,
                        nam_fmt, staff_name, strip_accents)
from gen_ctx import T, Types


def p_tb_referral(c, lang):
    r = c.rng
    m = c.mail("tb_referral", lang)
    ty = Types()
    p = c.patient(age=r.randint(16, 70))
    doc, spec = c.two_staff(("family", "nurse practitioner"), ("infectious", "microbiologist"))
    m.frm = c.who(doc, hosp=False)
    m.to = [(staff_name(spec), "clinique.tb@" + HOSP_DOM)]
    if r.random() < 0.5:
        m.cc = [c.who(c.staff("interpreter coordinator"), hosp=False)]
    nm = p.name(r)
    ty.add("patient_name")
    short, sent, t2 = problem(r, lang, "ltbi")
    ty.add(*t2)
    m.subject = r.choice(T(lang, ["Référence clinique TB - %s" % nm, "Demande de consultation TB",
                                  "Réf. ITL : %s" % p.name(r, "FG")],
                           ["TB clinic referral - %s" % nm, "Referral: latent TB",
                            "LTBI referral for %s" % p.name(r, "FG")]))
    lines = [greet(r, lang, staff_name(spec)), ""]
    lines.append(T(lang,
                   "Je vous réfère %s, %s, %s, arrivé%s %s il y a %d mois (%s)." % (
                       nm, c.dob(p.dob, lang), "%d ans" % p.age, "e" if p.sex == "F" else "",
                       p.from_country(), r.randint(2, 14), p.status("fr")),
                   "I am referring %s (%s, %d y.o.), who arrived from %s %d months ago (%s)." % (
                       nm, c.dob(p.dob, lang), p.age, p.country_en, r.randint(2, 14),
                       p.status("en"))))
    ty.add("date_of_birth")
    lines.append("")
    lines.append(sent)
    if r.random() < 0.5:
        lines.append(T(lang, "No de dossier %s : %s" % (HOSP_SHORT, p.mrn),
                       "%s chart #: %s" % (HOSP_SHORT, p.mrn)))
        ty.add("mrn")
    lines.append("")
    lines.append(T(lang,
                   "Interprète %s requis pour la visite. Couverture : PFSI (IUC %s)." % (
                       p.lang, p.uci),
                   "%s interpreter needed. Coverage: IFHP (UCI %s)." % (LANG_EN[p.lang], p.uci)))
    if r.random() < 0.5:
        lines.append(T(lang, "Contact : %s (cellulaire de la patiente/du patient)." % p.phone,
                       "Best number: %s (patient's cell)." % p.phone))
        ty.add("patient_contact")
    lines += ["", sign(r, doc, lang)]
    m.text = "\n".join(lines)
    if r.random() < 0.5:
        m.html = True
    m.types = ty
    m.note = T(lang, "référence TB latente avec nom, DDN, résultat", "LTBI referral with name, DOB, result")
    return m


def p_intake_html(c, lang):
    r = c.rng
    m = c.mail("intake_summary", lang)
    ty = Types("patient_name date_of_birth lab_result diagnosis".split())
    origin = r.choice(["ar", "prs", "ti", "so", "sw", "ne", "my", "rhg", "ta"])
    head = c.patient(origin=origin, age=r.randint(28, 50))
    fam = [head]
    for _ in range(r.randint(1, 4)):
        for _t in range(30):
            kid = c.patient(origin=origin, age=r.randint(1, 16))
            if kid.given not in [x.given for x in fam]:
                break
        kid.family = head.family
        fam.append(kid)
    nurse, doc = c.two_staff(("nurse",), ("family",))
    m.frm = c.who(nurse, hosp=False)
    m.to = [c.who(doc, hosp=False)]
    m.subject = T(lang, "Bilan d'accueil famille %s - résultats" % (head.family or head.given),
                  "Intake screening, %s family - results" % (head.family or head.given))
    if r.random() < 0.4:
        m.subject = T(lang, "Bilan d'accueil - résultats reçus", "Newcomer intake - results in")
    rows = [T(lang, ["Nom", "DDN", "IGRA", "Hb", "Sérologies", "Selles", "Conduite"],
              ["Name", "DOB", "IGRA", "Hb", "Serologies", "Stool O&P", "Plan"])]
    for p in fam:
        igra = r.choice(["nég", "nég", "POS %.1f" % r.uniform(0.5, 6)]) if lang == "fr" else \
            r.choice(["neg", "neg", "POS %.1f" % r.uniform(0.5, 6)])
        hb = str(r.randint(88, 148))
        sero = r.choice(["AgHBs nég, VIH nég", "AgHBs POS", "Strongy POS", "VIH nég, syph nég",
                         "Schisto POS"]) if lang == "fr" else r.choice(
            ["HBsAg neg, HIV neg", "HBsAg POS", "Strongy POS", "HIV neg, syphilis neg",
             "Schisto POS"])
        stool = r.choice(["nég", "Giardia", "Hymenolepis nana", "nég"]) if lang == "fr" else \
            r.choice(["neg", "Giardia", "Hymenolepis nana", "neg"])
        plan = T(lang, r.choice(["ivermectine", "réf. TB", "rien", "fer + contrôle", "praziquantel",
                                 "réf. hépato"]),
                 r.choice(["ivermectin", "TB referral", "none", "iron + recheck", "praziquantel",
                           "hepatology referral"]))
        rows.append([p.name(r, r.choice(["FG", "gf", "F,G"])), p.dob.isoformat(), igra, hb, sero,
                     stool, plan])
    intro = T(lang,
              "<p>%s</p><p>Voici le bilan d'accueil de la famille arrivée le %s (langue : %s). "
              "Les résultats marqués POS sont à revoir à la visite de suivi.</p>" % (
                  greet(r, lang, staff_name(doc)), fdate(m.date.date() - datetime.timedelta(
                      days=r.randint(20, 60)), lang, r), head.lang),
              "<p>%s</p><p>Below is the intake work-up for the family who arrived on %s "
              "(language: %s). Anything flagged POS needs review at the follow-up visit.</p>" % (
                  greet(r, lang, staff_name(doc)), fdate(m.date.date() - datetime.timedelta(
                      days=r.randint(20, 60)), lang, r), LANG_EN[head.lang]))
    extra = ""
    if r.random() < 0.5:
        extra = "<p>%s</p>" % social(r, lang, head.sex == "F")
        ty.add("social_information")
    m.html = ('<html><body style="font-family:Calibri,sans-serif">' + intro + html_table(rows, r)
              + extra + "<p>" + sign(r, nurse, lang, short=True) + "</p></body></html>")
    if any(row[-1] in ("ivermectine", "praziquantel", "fer + contrôle", "ivermectin", "iron + recheck")
           for row in rows[1:]):
        ty.add("medication")
    m.types = ty
    m.note = T(lang, "tableau HTML du bilan d'accueil d'une famille", "HTML family intake table")
    return m


SERVICES = [
    ("obstétrique - suivi de grossesse %d SA", "obstetrics - prenatal visit at %d weeks", "preg", ("obstetrician", "midwife")),
    ("psychiatrie - évaluation TSPT", "psychiatry - PTSD assessment", None, ("psychiatrist", "psychologist")),
    ("oncologie - annonce du diagnostic (cancer du sein)", "oncology - breaking news (breast cancer)", "F", ("internist",)),
    ("clinique VIH - première visite", "HIV clinic - first visit", None, ("infectious", "microbiologist")),
    ("hépatologie - hépatite B chronique", "hepatology - chronic hepatitis B", None, ("internist", "infectious")),
    ("pédiatrie - évaluation retard de développement", "paediatrics - developmental delay assessment", "child", ("paediatrician",)),
    ("clinique TB - début de traitement ITL", "TB clinic - starting LTBI treatment", None, ("infectious",)),
    ("néphrologie - insuffisance rénale chronique, dialyse", "nephrology - CKD, dialysis planning", None, ("internist",)),
]


def p_interp_booking(c, lang):
    r = c.rng
    m = c.mail("interpreter_booking", lang)
    ty = Types(["patient_name", "diagnosis"])
    svc = r.choice(SERVICES)
    if svc[2] in ("preg", "F"):
        p = c.patient(age=r.randint(19, 45), sex="F")
    elif svc[2] == "child":
        p = c.patient(age=r.randint(1, 6))
    else:
        p = c.patient(age=r.randint(18, 60))
    w = r.randint(12, 34)
    svc_txt = T(lang, svc[0], svc[1])
    if "%d" in svc_txt:
        svc_txt = svc_txt % w
    clerk = c.staff("clerk", "admin", "coordinator")
    m.frm = c.who(clerk)
    m.to = [("Réservations BRI", "reservations@" + INTERP_DOM)]
    when = c.future(m)
    dur = r.choice([60, 90, 120])
    mode = T(lang, r.choice(["en présentiel", "par vidéo (Teams)", "par téléphone"]),
             r.choice(["in person", "video (Teams)", "phone"]))
    m.subject = T(lang, r.choice(["Demande d'interprète %s - %s" % (p.lang, fday(when.date(), "fr")),
                                  "Réservation interprète", "Interprète %s svp" % p.lang]),
                  r.choice(["Interpreter request %s - %s" % (LANG_EN[p.lang], fday(when.date(), "en")),
                            "Interpreter booking", "Need a %s interpreter" % LANG_EN[p.lang]]))
    form = T(lang, [
        "Langue : %s" % p.lang,
        "Date : %s, %s" % (fday(when.date(), "fr"), when.strftime("%Hh%M")),
        "Durée : %d min" % dur,
        "Mode : %s" % mode,
        "Usager : %s" % p.name(r),
        "Service / motif : %s" % svc_txt,
        "Lieu : %s, %s" % (HOSP, r.choice(["pavillon B, 3e étage", "clinique externe 2", "local 4.112"])),
        "Intervenant : %s" % staff_name(c.staff(*svc[3])),
    ], [
        "Language: %s" % LANG_EN[p.lang],
        "Date: %s, %s" % (fday(when.date(), "en"), when.strftime("%I:%M %p")),
        "Duration: %d min" % dur,
        "Mode: %s" % mode,
        "Client: %s" % p.name(r),
        "Service / reason: %s" % svc_txt,
        "Location: %s, %s" % (HOSP, r.choice(["Pavilion B, 3rd floor", "Outpatient clinic 2",
                                              "room 4.112"])),
        "Clinician: %s" % staff_name(c.staff(*svc[3])),
    ])
    pref = T(lang, r.choice(["", "Interprète féminine svp (demande de la patiente).",
                             "SVP éviter l'interprète de la dernière fois, la famille le connaît.",
                             "Même interprète que le %s si possible." % fdate(m.date.date(), "fr")]),
             r.choice(["", "Female interpreter please (patient's request).",
                       "Please avoid last time's interpreter, the family knows him.",
                       "Same interpreter as on %s if possible." % fdate(m.date.date(), "en")]))
    if p.sex == "M" and "patiente" in pref:
        pref = ""
    if "patient's request" in pref and p.sex == "M":
        pref = ""
    lines = [greet(r, lang), "", T(lang, "Merci de confirmer la réservation suivante :",
                                   "Please confirm the following booking:"), ""]
    lines += form
    if pref:
        lines += ["", pref]
    lines += ["", sign(r, clerk, lang)]
    m.text = "\n".join(lines)
    if r.random() < 0.3:
        m.html = True
    m.types = ty
    m.note = T(lang, "réservation d'interprète avec nom et motif clinique",
               "interpreter booking naming patient and clinical reason")
    return m


EVENT_FR = {"uk": "le bombardement de leur immeuble", "ar": "le bombardement de leur quartier",
            "prs": "l'évacuation de Kaboul", "ht": "l'attaque du gang dans leur quartier",
            "es": "les menaces reçues par la famille", "sw": "l'attaque de leur village",
            "ti": "la traversée de la Libye", "so": "l'explosion au marché"}
EVENT_EN = {"uk": "their building was shelled", "ar": "their neighbourhood was bombed",
            "prs": "the Kabul evacuation", "ht": "the gang attack in their neighbourhood",
            "es": "the threats the family received", "sw": "their village was attacked",
            "ti": "the crossing through Libya", "so": "the market bombing"}


def p_interp_report(c, lang):
    r = c.rng
    m = c.mail("interpreter_report", lang)
    ty = Types(["patient_name"])
    ev = r.randrange(4)
    p = c.patient(age=r.randint(18, 60), sex="F" if ev == 1 else None)
    it = r.choice([x for x in INTERPRETERS if x[2] == p.lang] or INTERPRETERS)
    coord = c.staff("interpreter coordinator")
    m.frm = ("%s %s" % (it[0], it[1]), "%s.%s@%s" % (strip_accents(it[0]).lower(),
                                                     strip_accents(it[1]).lower(), INTERP_DOM))
    m.to = [c.who(coord, hosp=False)]
    when = m.date - datetime.timedelta(days=r.randint(0, 3))
    if ev == 0:
        body = T(lang,
                 "Pendant la rencontre avec la psychologue, %s a dit qu'%s pensait à mettre fin à "
                 "ses jours et qu'%s avait gardé ses comprimés de zopiclone. La psychologue a fait "
                 "une évaluation du risque et l'a dirigé%s vers l'urgence psychiatrique." % (
                     p.name(r), "elle" if p.sex == "F" else "il", "elle" if p.sex == "F" else "il",
                     "e" if p.sex == "F" else ""),
                 "During the session with the psychologist, %s said %s was thinking of ending %s "
                 "life and had been saving zopiclone tablets. The psychologist did a risk "
                 "assessment and sent %s to the psychiatric emergency." % (
                     p.name(r), "she" if p.sex == "F" else "he", "her" if p.sex == "F" else "his",
                     "her" if p.sex == "F" else "him"))
        ty.add("diagnosis", "medication")
    elif ev == 1:
        body = T(lang,
                 "La patiente %s a révélé devant moi que son conjoint la frappe et confisque ses "
                 "papiers. Le conjoint attendait dans la salle d'attente. La travailleuse sociale "
                 "a été avisée; je signale que la patiente a demandé que je ne traduise rien au "
                 "conjoint." % p.name(r),
                 "Patient %s disclosed in front of me that her husband hits her and keeps her "
                 "documents. He was in the waiting room. The social worker was informed; the "
                 "patient asked me not to interpret anything to him." % p.name(r))
        ty.add("social_information")
    elif ev == 2:
        body = T(lang,
                 "Annonce du diagnostic de VIH à %s. Rencontre très difficile, beaucoup de "
                 "pleurs; %s m'a demandé si sa communauté allait savoir. J'aimerais un débriefing "
                 "avec vous, c'est une personne de ma communauté." % (p.name(r), p.titled("fr")),
                 "HIV diagnosis given to %s today. Very hard session, lots of crying; %s asked me "
                 "whether the community would find out. I would like a debrief, this person is "
                 "from my own community." % (p.name(r), p.titled("en")))
        ty.add("diagnosis")
    else:
        body = T(lang,
                 "Rendez-vous de %s en pédopsychiatrie pour son fils : l'enfant fait des "
                 "cauchemars depuis %s et ne parle plus à l'école. Le médecin a "
                 "parlé de TSPT et de référence au programme Résilience." % (p.name(r), EVENT_FR.get(p.origin, "le départ du camp")),
                 "Appointment for %s's son in child psychiatry: the child has had nightmares since "
                 "%s and has stopped speaking at school. The doctor mentioned PTSD and a "
                 "referral to the Resilience program." % (p.name(r), EVENT_EN.get(p.origin, "they left the camp")))
        ty.add("diagnosis")
    m.subject = T(lang, r.choice(["Rapport d'interprétation - %s" % when.strftime("%d/%m"),
                                  "Rapport d'incident - séance du %s" % fdate(when.date(), "fr"),
                                  "Compte rendu interprétation %s" % it[2]]),
                  r.choice(["Interpreting report - %s" % when.strftime("%b %d"),
                            "Incident report - session of %s" % fdate(when.date(), "en"),
                            "Session report (%s)" % LANG_EN[it[2]]]))
    lines = [greet(r, lang, staff_name(coord)), "",
             T(lang, "Séance du %s, %s, langue %s, %s." % (fdate(when.date(), "fr"), when.strftime("%Hh"),
                                                        it[2], HOSP),
               "Session on %s, %s, %s, at %s." % (fdate(when.date(), "en"), when.strftime("%I %p"),
                                                  LANG_EN[it[2]], HOSP)),
             "", body, "",
             T(lang, "Merci,\n%s\nInterprète, %s" % (it[0], "BRI"),
               "Thanks,\n%s\nInterpreter, BRI" % it[0])]
    m.text = "\n".join(lines)
    m.types = ty
    m.note = T(lang, "rapport d'interprète : divulgation en séance", "interpreter report with disclosure")
    return m


DRUGS_IFHP = [("sertraline 50 mg", "sertraline 50 mg", "ptsd", 16),
              ("vitamine D 10 000 UI", "vitamin D 10,000 IU", "vitd", 1),
              ("ivermectine 3 mg x 6 co.", "ivermectin 3 mg x 6 tabs", "strongy", 6),
              ("metformine 500 mg", "metformin 500 mg", "dm2", 25),
              ("salbutamol inhalateur", "salbutamol inhaler", "asthma", 3),
              ("rifampicine 300 mg", "rifampin 300 mg", "ltbi", 1),
              ("amlodipine 5 mg", "amlodipine 5 mg", "htn", 30),
              ("sulfate ferreux 300 mg", "ferrous sulfate 300 mg", "anemia", 1)]


def p_ifhp_billing(c, lang):
    r = c.rng
    m = c.mail("ifhp_billing", lang)
    ty = Types(["patient_name", "medication"])
    drug = r.choice(DRUGS_IFHP)
    p = c.patient(age=r.randint(drug[3], max(drug[3] + 5, 70)))
    bill = c.staff("billing")
    pharm = c.staff("pharmacist")
    m.frm = c.who(bill, hosp=False)
    m.to = [("Pharmacie %s" % r.choice(["Jarry-Lajeunesse", "du Parc", "Côte-Vertu"]),
             "labo@pharmacie-%s.example" % r.choice(["jarry", "parc", "cotevertu"]))]
    m.cc = [c.who(pharm)]
    rej = r.choice(["code 77 - médicament non couvert (PFSI supplémentaire requis)",
                    "bénéficiaire non admissible à la date du service",
                    "autorisation préalable requise"])
    rej_en = {"code 77 - médicament non couvert (PFSI supplémentaire requis)":
              "code 77 - drug not covered (IFHP supplemental needed)",
              "bénéficiaire non admissible à la date du service":
              "beneficiary not eligible on date of service",
              "autorisation préalable requise": "prior approval required"}[rej]
    m.subject = T(lang, r.choice(["PFSI - réclamation refusée %s" % p.name(r, "FG"),
                                  "Réclamation PFSI refusée", "RE: PFSI %s" % drug[0].split()[0]]),
                  r.choice(["IFHP claim rejected - %s" % p.name(r, "FG"), "IFHP rejection",
                            "RE: IFHP %s" % drug[1].split()[0]]))
    lines = [greet(r, lang), ""]
    lines.append(T(lang,
                   "La réclamation PFSI pour %s (IUC %s, %s) a été refusée : %s. Le médicament "
                   "en cause est %s, prescrit par %s." % (p.name(r), p.uci, c.dob(p.dob, lang), rej,
                                                         drug[0], staff_name(c.staff("physician"))),
                   "The IFHP claim for %s (UCI %s, %s) was rejected: %s. The drug is %s, prescribed "
                   "by %s." % (p.name(r), p.uci, c.dob(p.dob, lang), rej_en, drug[1],
                               staff_name(c.staff("physician")))))
    ty.add("date_of_birth")
    if r.random() < 0.5:
        short, sent, t2 = problem(r, lang, drug[2])
        lines += ["", T(lang, "Pour le formulaire d'autorisation, le diagnostic est : %s." % short,
                        "For the prior approval form the diagnosis is: %s." % short)]
        ty.add("diagnosis")
    lines += ["", T(lang, "Pouvez-vous soumettre de nouveau avec le code d'intervention ou "
                          "nous faire signe si le patient a payé de sa poche? Il n'a aucun revenu "
                          "pour l'instant." if r.random() < 0.5 else
                    "Pouvez-vous réessayer demain? Le portail de Croix Bleue Medavie était en "
                    "panne ce matin.",
                    "Could you resubmit with the intervention code, or tell us if the patient "
                    "paid out of pocket? No income at the moment." if r.random() < 0.5 else
                    "Could you try again tomorrow? The Medavie Blue Cross portal was down this "
                    "morning.")]
    if "revenu" in lines[-1] or "income" in lines[-1]:
        ty.add("social_information")
    lines += ["", sign(r, bill, lang)]
    m.text = "\n".join(lines)
    m.types = ty
    m.note = T(lang, "réclamation PFSI refusée avec nom, IUC, DDN, médicament",
               "IFHP claim rejection with name, UCI, DOB, drug")
    return m


def p_ramq_nam(c, lang):
    r = c.rng
    m = c.mail("ramq_card", lang)
    ty = Types(["ramq_nam", "patient_name"])
    h = c.nam()
    bill = c.staff("billing", "clerk", "records")
    m.frm = c.who(bill, hosp=r.random() < 0.5)
    m.to = [c.who(c.staff("nurse", "physician"), hosp=False)]
    nam = nam_fmt(h.nam, r)
    m.nams.append(h.nam)
    nm = h.name(r)
    variant = r.randrange(3)
    if variant == 0:
        m.subject = T(lang, "Carte RAMQ reçue - %s" % nm, "RAMQ card received - %s" % nm)
    elif variant == 1:
        m.subject = T(lang, "Fin du délai de carence - facturation", "End of waiting period - billing")
    else:
        m.subject = T(lang, "NAM %s" % nam, "Health card %s" % nam)
    k = r.choice(["dm2", "htn", "hbv", "ptsd", "anemia", "vitd"]) if h.age >= 18 else \
        r.choice(["asthma", "anemia", "speech", "ltbi"])
    short, sent, t2 = problem(r, lang, k)
    lines = [greet(r, lang), ""]
    lines.append(T(lang,
                   "%s a reçu sa carte d'assurance maladie : NAM %s (exp. %s). %s. On peut "
                   "cesser de facturer au PFSI à partir du %s." % (
                       h.titled("fr"), nam, "%d-%02d" % (2025 + r.randint(3, 7), h.dob.month),
                       c.dob(h.dob, "fr"), fdate(m.date.date(), "fr")),
                   "%s has received the RAMQ card: NAM %s (exp. %s). %s. We can stop billing "
                   "IFHP as of %s." % (h.titled("en"), nam, "%d-%02d" % (2025 + r.randint(3, 7), h.dob.month),
                                       c.dob(h.dob, "en"), fdate(m.date.date(), "en"))))
    ty.add("date_of_birth")
    nxt = c.future(m, 5, 40)
    lines += ["", T(lang, "Prochain rendez-vous : %s à %s, suivi %s. %s" % (
        fday(nxt.date(), "fr"), nxt.strftime("%Hh%M"), short, sent),
        "Next appointment: %s at %s, follow-up for %s. %s" % (
            fday(nxt.date(), "en"), nxt.strftime("%I:%M %p"), short, sent))]
    ty.add(*t2)
    lines += ["", T(lang, "Je mets le dossier à jour dans le DME.", "I am updating the EMR now."),
              "", sign(r, bill, lang)]
    m.text = "\n".join(lines)
    if r.random() < 0.4:
        m.html = True
    m.types = ty
    m.note = T(lang, "carte RAMQ reçue : NAM, DDN, suivi clinique", "RAMQ card received with NAM and follow-up")
    return m


def p_ohip_transfer(c, lang):
    r = c.rng
    m = c.mail("ohip_transfer", lang)
    ty = Types(["ca_health_number", "patient_name", "diagnosis"])
    p = c.patient(age=r.randint(20, 65))
    num = make_ohip(r)
    m.add_id("ca_health_number", num)
    clerk = c.staff("clerk", "admin", "records")
    m.frm = c.who(clerk, hosp=True)
    m.to = [c.who(c.staff("nurse", "physician", "billing"), hosp=False)]
    short, sent, t2 = problem(r, lang, r.choice(["dm2", "hbv", "htn", "hiv", "ptsd"]))
    ty.add(*t2)
    m.subject = T(lang, r.choice(["Patient arrivé de l'Ontario - délai de carence",
                                  "Facturation hors province %s" % p.name(r, "FG"),
                                  "Carte santé Ontario / RAMQ"]),
                  r.choice(["Patient from Ontario - RAMQ waiting period",
                            "Out-of-province billing %s" % p.name(r, "FG"),
                            "Ontario health card / RAMQ"]))
    lines = [greet(r, lang), "",
             T(lang,
               "%s est arrivé%s de Toronto le mois dernier et est dans le délai de carence de la "
               "RAMQ. Sa carte santé de l'Ontario est encore valide : %s. On facture donc le "
               "RAMQ hors Québec / entente réciproque pour la visite." % (
                   p.name(r), "e" if p.sex == "F" else "", fmt_ohip(num, r)),
               "%s moved from Toronto last month and is in the RAMQ waiting period. The Ontario "
               "health card is still valid: %s, so the visit goes through the reciprocal "
               "billing agreement." % (p.name(r), fmt_ohip(num, r))),
             "", T(lang, "Motif de consultation : %s" % sent, "Reason for visit: %s" % sent)]
    if r.random() < 0.5:
        lines.append(c.dob(p.dob, lang))
        ty.add("date_of_birth")
    lines += ["", sign(r, clerk, lang)]
    m.text = "\n".join(lines)
    m.types = ty
    m.note = T(lang, "numéro santé Ontario pendant délai de carence", "Ontario health number during waiting period")
    return m


VACCINES = [("DCaT-VPI-Hib", "DTaP-IPV-Hib"), ("RRO-Var", "MMRV"), ("Hépatite B", "Hepatitis B"),
            ("dcaT", "Tdap"), ("VPH-9", "HPV-9"), ("Pneu-C-15", "Pneu-C-15"), ("Men-C-C", "Men-C-C"),
            ("Varicelle", "Varicella"), ("RRO", "MMR"), ("Influenza", "Influenza")]


def p_vax_xlsx(c, lang):
    r = c.rng
    m = c.mail("vaccination_catchup", lang)
    ty = Types(["patient_name", "date_of_birth", "medication"])
    origin = r.choice(list(["ar", "prs", "uk", "sw", "es", "ht", "ti"]))
    kids = []
    fam_name = None
    for i in range(r.randint(2, 5)):
        k = c.patient(origin=origin, age=r.randint(1, 16))
        if fam_name is None:
            fam_name = k.family
        elif r.random() < 0.7:
            k.family = fam_name
        kids.append(k)
    nurse = c.staff("public health nurse", "clinical nurse")
    m.frm = c.who(nurse, hosp=False)
    m.to = [("Vaccination CLSC", "vaccination.clsc@%s" % HOSP_DOM)]
    hdr = T(lang, ["Nom", "Prénom", "DDN", "Vaccins reçus (pays d'origine)", "Donné aujourd'hui",
                   "Prochaine dose", "Remarque"],
            ["Last name", "First name", "DOB", "Doses documented (home country)", "Given today",
             "Next due", "Note"])
    rows = [hdr]
    for k in kids:
        pool = [v for v in VACCINES if not (v[1] in ("HPV-9", "Tdap") and k.age < 9)
                and not (v[1] in ("Pneu-C-15", "DTaP-IPV-Hib") and k.age > 6)]
        got = ", ".join(T(lang, v[0], v[1]) for v in r.sample(pool, r.randint(1, 3)))
        today = ", ".join(T(lang, v[0], v[1]) for v in r.sample(pool, r.randint(1, 2)))
        note = T(lang, r.choice(["", "carnet incomplet", "sérologie varicelle positive",
                                 "allergie aux oeufs", "TCT à lire dans 48 h"]),
                 r.choice(["", "incomplete card", "varicella IgG positive", "egg allergy",
                           "TST read in 48 h"]))
        rows.append([k.family or "-", k.given, k.dob, got, today,
                     (m.date.date() + datetime.timedelta(days=r.choice([28, 56, 180]))).isoformat(),
                     note])
    data = make_xlsx([(T(lang, "Rattrapage", "Catch-up"), rows)], author=staff_name(nurse))
    fname = T(lang, "rattrapage_vaccinal_famille_%s.xlsx" % (fam_name or kids[0].given),
              "catch_up_immunization_%s_family.xlsx" % (fam_name or kids[0].given))
    if r.random() < 0.4:
        fname = T(lang, "rattrapage_%s.xlsx" % m.date.strftime("%Y%m%d"),
                  "catchup_%s.xlsx" % m.date.strftime("%Y%m%d"))
    m.attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fname)
    m.subject = T(lang, r.choice(["Rattrapage vaccinal - fratrie", "Vaccins donnés aujourd'hui",
                                  "Mise à jour registre de vaccination"]),
                  r.choice(["Catch-up immunization - siblings", "Vaccines given today",
                            "Immunization registry update"]))
    m.text = "\n".join([greet(r, lang), "",
                        T(lang, "Ci-joint le plan de rattrapage pour les %d enfants vus ce matin. "
                                "Pouvez-vous saisir les doses dans le Registre de vaccination du "
                                "Québec?" % len(kids),
                          "Attached is the catch-up plan for the %d children seen this morning. "
                          "Could you enter the doses in the Quebec Immunization Registry?" % len(kids)),
                        "", sign(r, nurse, lang)])
    m.types = ty
    m.note = T(lang, "XLSX de rattrapage vaccinal d'une fratrie", "XLSX catch-up immunization for siblings")
    return m


def p_school_pdf(c, lang):
    r = c.rng
    m = c.mail("school_form", lang)
    ty = Types(["patient_name", "date_of_birth", "diagnosis"])
    k = c.patient(age=r.randint(5, 15))
    doc = c.staff("paediatrician", "family", "nurse practitioner")
    parent = c.patient(origin=k.origin, age=r.randint(30, 50))
    parent.family = k.family
    school = r.choice(["École primaire des Saules", "École secondaire Joseph-Tardif",
                       "École Saint-Gérard (classe d'accueil)", "Riverview Elementary"])
    cond, sent, t2 = problem(r, lang, r.choice(["asthma", "anemia", "ltbi", "speech", "scabies"]),
                             child=True)
    allergy = T(lang, r.choice(["arachides (EpiPen 0,15 mg)", "aucune connue", "pénicilline"]),
                r.choice(["peanuts (EpiPen 0.15 mg)", "none known", "penicillin"]))
    lines = [
        "## " + T(lang, "Identification de l'élève", "Student identification"),
        T(lang, "Nom de l'élève : %s" % k.name(r, "FG"), "Student name: %s" % k.name(r, "FG")),
        T(lang, "Date de naissance : %s" % k.dob.isoformat(), "Date of birth: %s" % k.dob.isoformat()),
        T(lang, "École : %s" % school, "School: %s" % school),
        T(lang, "Parent / tuteur : %s" % parent.name(r, "gf"), "Parent / guardian: %s" % parent.name(r, "gf")),
        "",
        "## " + T(lang, "Renseignements de santé", "Health information"),
        T(lang, "Condition médicale : %s" % cond, "Medical condition: %s" % cond),
        T(lang, "Allergies : %s" % allergy, "Allergies: %s" % allergy),
        sent,
        T(lang, "Vaccination : rattrapage en cours à la %s, à jour pour l'entrée à l'école." % CLINIC_FR,
          "Immunization: catch-up in progress at %s, up to date for school entry." % CLINIC_EN),
        "",
        T(lang, "Signature : %s    Date : %s" % (staff_name(doc), m.date.date().isoformat()),
          "Signature: %s    Date: %s" % (staff_name(doc), m.date.date().isoformat())),
    ]
    ty.add(*t2)
    pdf = make_pdf(lines, title=T(lang, "Formulaire de santé scolaire", "School health form"),
                   compress=r.random() < 0.6, author=staff_name(doc))
    base = strip_accents("%s_%s" % (k.family or "X", k.given)).replace(" ", "_")
    fname = r.choice([T(lang, "Formulaire_scolaire_%s.pdf" % base, "School_form_%s.pdf" % base),
                      T(lang, "formulaire école %s.pdf" % k.name(r, "gf"), "school form %s.pdf" % k.name(r, "gf"))])
    m.attach(pdf, "application/pdf", fname)
    m.frm = c.who(doc, hosp=False)
    to_school = r.random() < 0.5
    m.to = [("Secrétariat %s" % school, "secretariat@%s.example" % strip_accents(
        school.split()[1].lower().replace("'", "")))] if to_school else [(parent.name(r, "gf"), "%s.%s@courriel.example" % (
            strip_accents(parent.given.split()[0]).lower(), r.randint(10, 99)))]
    m.subject = T(lang, r.choice(["Formulaire de santé scolaire", "Formulaire pour l'école de %s" % k.given,
                                  "Document école"]),
                  r.choice(["School health form", "Form for %s's school" % k.given, "School paperwork"]))
    m.text = "\n".join([greet(r, lang), "",
                        T(lang, "Vous trouverez ci-joint le formulaire rempli et signé. N'hésitez "
                                "pas à nous appeler au besoin.",
                          "Please find attached the completed and signed form. Feel free to call "
                          "us if needed."), "", sign(r, doc, lang)])
    m.types = ty
    m.note = T(lang, "formulaire scolaire PDF d'un enfant", "child's school health form PDF")
    return m


def p_parasite_followup(c, lang):
    r = c.rng
    m = c.mail("parasite_followup", lang)
    ty = Types()
    p = c.patient()
    lab = c.staff("microbiologist", "infectious")
    doc = c.staff("family", "nurse practitioner")
    m.frm = ("Laboratoire de microbiologie %s" % HOSP_SHORT, "microbio@" + HOSP_DOM) if r.random() < 0.5 \
        else c.who(lab, hosp=True)
    m.to = [c.who(doc, hosp=False)]
    k = r.choice(["strongy", "schisto", "giardia", "eos"])
    short, sent, t2 = problem(r, lang, k, child=p.age < 13)
    ty.add(*t2)
    ident_mrn = r.random() < 0.5
    if ident_mrn:
        ident = T(lang, "dossier %s" % p.mrn, "MRN %s" % p.mrn)
        ty.add("mrn")
    else:
        ident = p.name(r)
        ty.add("patient_name")
    if r.random() < 0.5 and not ident_mrn:
        ident += T(lang, " (dossier %s)" % p.mrn, " (MRN %s)" % p.mrn)
        ty.add("mrn")
    m.subject = T(lang, r.choice(["Résultat critique - %s" % ident, "Suivi parasitologie",
                                  "Résultat à revoir : %s" % short]),
                  r.choice(["Critical result - %s" % ident, "Parasitology follow-up",
                            "Result to review: %s" % short]))
    lines = [greet(r, lang), "",
             T(lang, "Résultat pour %s, prélèvement du %s :" % (ident, fdate(m.date.date() - datetime.timedelta(days=r.randint(3, 9)), "fr", r)),
               "Result for %s, collected %s:" % (ident, fdate(m.date.date() - datetime.timedelta(days=r.randint(3, 9)), "en", r))),
             "", sent, "",
             T(lang, "Avant de donner l'ivermectine ou le praziquantel, vérifier l'exposition à "
                     "Loa loa (Afrique centrale) et la grossesse.",
               "Before ivermectin or praziquantel, rule out Loa loa exposure (Central Africa) and "
               "pregnancy."),
             "", sign(r, lab, lang, short=True)]
    m.text = "\n".join(lines)
    m.types = ty
    m.note = T(lang, "suivi de résultat parasitologique", "parasitology result follow-up")
    return m


def p_mental_ref(c, lang):
    r = c.rng
    m = c.mail("mental_health_referral", lang)
    ty = Types(["patient_name", "diagnosis", "social_information"])
    p = c.patient(age=r.randint(18, 55))
    sw, psy = c.two_staff(("social", "physician", "nurse practitioner"), ("psychiatrist", "psychologist"))
    m.frm = c.who(sw, hosp=False)
    m.to = [("Programme Résilience - accueil", "resilience@" + HOSP_DOM)]
    m.cc = [c.who(psy, hosp=True)]
    short, sent, t2 = problem(r, lang, r.choice(["ptsd", "depression"]))
    ty.add(*t2)
    soc = social(r, lang, p.sex == "F")
    m.subject = T(lang, r.choice(["Référence Programme Résilience", "Demande de suivi en santé mentale - %s" % p.name(r),
                                  "Réf. trauma %s" % p.lang]),
                  r.choice(["Referral to Resilience Program", "Mental health referral - %s" % p.name(r),
                            "Trauma referral (%s)" % LANG_EN[p.lang]]))
    lines = [greet(r, lang), "",
             T(lang, "Je souhaite référer %s (%s, %s, %s) au programme." % (
                 p.name(r), c.dob(p.dob, "fr"), p.country_fr, p.status("fr")),
               "I would like to refer %s (%s, %s, %s) to the program." % (
                   p.name(r), c.dob(p.dob, "en"), p.country_en, p.status("en"))),
             "", sent, soc, "",
             T(lang, "Interprète %s nécessaire, %s." % (p.lang, r.choice(
                 ["de préférence féminine", "pas de préférence", "idéalement pas de la même communauté"])),
               "Needs a %s interpreter, %s." % (LANG_EN[p.lang], r.choice(
                   ["preferably female", "no preference", "ideally not from the same community"])))]
    ty.add("date_of_birth")
    if r.random() < 0.4:
        lines.append(T(lang, "On peut la/le joindre au %s (laisser un message neutre)." % p.phone,
                       "Reachable at %s (leave a neutral message)." % p.phone))
        ty.add("patient_contact")
    lines += ["", sign(r, sw, lang)]
    m.text = "\n".join(lines)
    if r.random() < 0.5:
        m.html = True
    m.types = ty
    m.note = T(lang, "référence en santé mentale / trauma", "mental health / trauma referral")
    return m


def p_prenatal_ics(c, lang):
    r = c.rng
    m = c.mail("prenatal_invite", lang)
    ty = Types(["patient_name", "diagnosis"])
    p = c.patient(sex="F", age=r.randint(18, 42))
    mw = c.staff("midwife", "obstetrician")
    m.frm = c.who(mw, hosp=True)
    it = r.choice([x for x in INTERPRETERS if x[2] == p.lang] or INTERPRETERS)
    m.to = [("%s %s" % (it[0], it[1]), "%s.%s@%s" % (strip_accents(it[0]).lower(),
                                                    strip_accents(it[1]).lower(), INTERP_DOM))]
    when = c.future(m)
    w = r.randint(11, 36)
    what = T(lang, r.choice(["Échographie morphologique", "Suivi de grossesse", "HGOP 75 g + suivi",
                             "Rencontre prénatale (mutilation génitale type III - plan d'accouchement)"]),
             r.choice(["Anatomy ultrasound", "Prenatal visit", "75 g OGTT + visit",
                       "Prenatal visit (FGM type III - birth plan)"]))
    nm = p.name(r, r.choice(["gf", "FG"]))
    summary = "%s - %s (%d %s)" % (what, nm, w, T(lang, "SA", "wks"))
    g = r.randint(1, 6)
    para = r.randint(0, g - 1)
    desc = T(lang, "Patiente : %s\nGrossesse %d SA, G%dP%d\nInterprète %s requis\n" % (
        nm, w, g, para, p.lang),
        "Patient: %s\n%d weeks pregnant, G%dP%d\n%s interpreter required\n" % (
            nm, w, g, para, LANG_EN[p.lang]))
    if r.random() < 0.5:
        desc += T(lang, "Tél. patiente : %s\n" % p.phone, "Patient phone: %s\n" % p.phone)
        ty.add("patient_contact")
    ics = make_ics("%08x@%s" % (r.getrandbits(32), HOSP_DOM), when,
                   when + datetime.timedelta(minutes=60), summary, desc,
                   T(lang, "Clinique des naissances, %s" % HOSP, "Birthing centre, %s" % HOSP),
                   (staff_name(mw), "agenda@" + HOSP_DOM), [m.to[0]])
    m.attach(ics, "text/calendar; method=REQUEST; charset=UTF-8", "invite.ics",
             cte=r.choice(["base64", "quoted-printable", "7bit"] if all(b < 128 for b in ics) else
                          ["base64", "quoted-printable"]))
    m.subject = T(lang, "Invitation : %s" % (summary if r.random() < 0.5 else what),
                  "Invitation: %s" % (summary if r.random() < 0.5 else what))
    m.text = "\n".join([T(lang, "Vous êtes invité(e) à l'événement suivant.", "You have been invited to the following event."),
                        "", T(lang, "Quand : %s %s" % (fday(when.date(), "fr"), when.strftime("%H:%M")),
                              "When: %s %s" % (fday(when.date(), "en"), when.strftime("%H:%M"))),
                        T(lang, "Organisateur : %s" % staff_name(mw), "Organizer: %s" % staff_name(mw))])
    m.types = ty
    m.note = T(lang, "invitation ICS de suivi prénatal avec interprète", "ICS prenatal appointment with interpreter")
    return m
