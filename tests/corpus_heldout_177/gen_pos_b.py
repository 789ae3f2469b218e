"""Positive templates, part B: epilepsy clinic, EEG and EMG laboratory."""
import datetime
import re

from gen_common import fold, signature, CONF_FOOTER_FR, CONF_FOOTER_EN, ORG_FR, CLINIC_PHONES
from gen_ctx import att
from gen_attach import make_pdf, make_xlsx, make_csv, make_ics

EEG_IND = [
    ("2 épisodes de perte de conscience avec mouvements tonico-cloniques généralisés", "two episodes of loss of consciousness with generalized tonic-clonic movements"),
    ("suspicion d'absences typiques, rendement scolaire en baisse", "suspected typical absences, falling school performance"),
    ("épisodes de déjà-vu et d'automatismes oro-alimentaires", "episodes of déjà-vu with oral automatisms"),
    ("confusion fluctuante post-AVC, r/o état de mal non convulsif", "fluctuating confusion after stroke, r/o non-convulsive status"),
    ("syncope vs crise, épisode unique au volant", "syncope vs seizure, single event while driving"),
]
EEG_FIND = [
    ("Pointes et pointes-ondes temporales antérieures gauches, fréquentes en somnolence.",
     "Frequent left anterior temporal spikes and sharp waves in drowsiness.", "Tracé anormal compatible avec une épilepsie focale temporale gauche.",
     "Abnormal study supportive of left temporal focal epilepsy."),
    ("Bouffées de pointes-ondes généralisées à 3 Hz, déclenchées par l'hyperpnée (8 s).",
     "Bursts of generalized 3 Hz spike-wave triggered by hyperventilation (8 s).", "Compatible avec une épilepsie-absences.",
     "Consistent with absence epilepsy."),
    ("Ralentissement thêta-delta intermittent fronto-temporal droit, pas d'activité épileptiforme.",
     "Intermittent right fronto-temporal theta-delta slowing, no epileptiform discharges.", "Dysfonction focale droite non spécifique.",
     "Non-specific right focal dysfunction."),
    ("Polypointes-ondes généralisées, réponse photoparoxystique à 15-20 Hz.",
     "Generalized polyspike-wave, photoparoxysmal response at 15-20 Hz.", "Compatible avec une épilepsie généralisée génétique (EMJ).",
     "Consistent with genetic generalized epilepsy (JME)."),
]
REFERRERS = [("Dre", "Valérie", "Cormier", "gmf"), ("Dr", "Samir", "Khoury", "gmf"), ("Dre", "Laurence", "Brisson", "clsc")]


def _referrer(ctx):
    t, g, s, k = ctx.choice(REFERRERS)
    from gen_common import EXT_DOMS
    return f"{t if ctx.lang == 'fr' else 'Dr.'} {g} {s}", f"{g[0].lower()}{s.lower()}@{EXT_DOMS[k][1]}"


def eeg_booking(ctx):
    holder = ctx.rng.random() < 0.5
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 16) if holder else ctx.pf.invented(min_age=16, max_age=80, when=ctx.today())
    ind = ctx.choice(EEG_IND)
    ctx.t("diagnosis")
    typ = ctx.choice([("EEG avec privation de sommeil", "sleep-deprived EEG"), ("EEG de routine", "routine EEG"),
                      ("vidéo-EEG ambulatoire 24 h", "24-h ambulatory video-EEG")])
    if holder:
        idb = ctx.ident(p)
    else:
        idb = ctx.L(f"{ctx.name(p)}, dossier {ctx.mrn(p)}, DDN {ctx.dob(p)}", f"{ctx.name(p)}, MRN {ctx.mrn(p)}, DOB {ctx.dob(p)}")
    tel = ctx.phone(p, "cell")
    meds = ctx.choice([("lévétiracétam 500 mg BID débuté", "levetiracetam 500 mg BID started"), ("aucun antiépileptique", "no antiseizure medication"),
                       ("lamotrigine 100 mg BID", "lamotrigine 100 mg BID")])
    if "aucun" not in meds[0]:
        ctx.t("medication")
    refn, refa = _referrer(ctx)
    req = [ctx.L(f"Demande : {typ[0]}", f"Request: {typ[1]}"), idb,
           ctx.L(f"Indication : {ind[0]}.\nMédication : {meds[0]}.\nCellulaire : {tel} (laisser message)",
                 f"Indication: {ind[1]}.\nMedication: {meds[1]}.\nCell: {tel} (ok to leave message)")]
    blocks = [ctx.L("Bonjour,", "Hello,")] + req + [("sig", f"-- \n{refn}\n" + ctx.L("Médecine familiale", "Family medicine"))]
    subj = ctx.L(f"Demande {typ[0]}", f"{typ[1]} request")
    irt = None
    frm, to = (refn, refa), [ctx.saddr("giguere")]
    if ctx.rng.random() < 0.5:
        d = ctx.future(5, 30)
        hr = ctx.hour()[0]
        blocks = [ctx.L(f"Bonjour,\nRendez-vous donné le {ctx.dday(d)} à {hr}. Le patient doit dormir 4 h maximum la nuit précédente "
                        "et arriver les cheveux propres, sans produit.", f"Hello,\nBooked for {ctx.dday(d)} at {hr}. The patient should sleep "
                        "no more than 4 h the night before and come with clean, product-free hair."),
                  ("sig", signature("giguere", ctx.lang, "eeg", short=True)),
                  ("quote", ctx.quote_intro(refn, refa, ctx.earlier(20, 90)), blocks)]
        frm, to = ctx.saddr("giguere"), [(refn, refa)]
        subj = "RE: " + subj
        irt = ctx.msgid(ctx.earlier(20, 90))
    return dict(category="eeg_booking", note=ctx.L("demande d'EEG et prise de rendez-vous", "EEG request and booking"),
                frm=frm, to=to, subject=subj, blocks=blocks, in_reply_to=irt)


def eeg_report(ctx):
    holder = ctx.rng.random() < 0.5
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 5) if holder else ctx.pf.invented(min_age=8, max_age=85, when=ctx.today())
    f = ctx.choice(EEG_FIND)
    ind = ctx.choice(EEG_IND[:3] if ctx.age(p) < 18 else EEG_IND)
    ctx.t("lab_result", "diagnosis")
    d = ctx.past(1, 6)
    if holder:
        idl = ctx.ident(p, layout="labels").split("\n")
    else:
        idl = [ctx.L(f"Nom : {ctx.name(p, 'upper')}", f"Name: {ctx.name(p, 'upper')}"),
               ctx.L(f"Dossier : {ctx.mrn(p, 'plain')}", f"MRN: {ctx.mrn(p, 'plain')}"),
               ctx.L(f"Date de naissance : {ctx.dob(p, 'iso')}", f"Date of birth: {ctx.dob(p, 'iso')}")]
    lines = idl + [ctx.L(f"Date de l'examen : {d.isoformat()}   No EEG : 25-{ctx.rng.randint(1000, 4999)}",
                         f"Study date: {d.isoformat()}   EEG no.: 25-{ctx.rng.randint(1000, 4999)}"),
                   ctx.L(f"Indication : {ind[0]}", f"Indication: {ind[1]}"),
                   "## " + ctx.L("Technique", "Technique"),
                   ctx.L("Montage 10-20, 21 électrodes, ECG, durée 32 min, hyperpnée et SLI effectuées.",
                         "10-20 montage, 21 electrodes, ECG, 32 min, hyperventilation and photic stimulation done."),
                   "## " + ctx.L("Description", "Findings"),
                   ctx.L("Rythme de fond postérieur 9-10 Hz, bien organisé. ", "Posterior background 9-10 Hz, well organized. ") + f[0 if ctx.lang == "fr" else 1],
                   "## " + ctx.L("Conclusion", "Impression"), f[2 if ctx.lang == "fr" else 3],
                   "", ctx.L("Interprété par : Dre Sunita Rao, neurophysiologiste", "Read by: Dr. Sunita Rao, neurophysiologist")]
    fn = ctx.choice([f"EEG_{p['surname'].upper()}_{d.strftime('%Y%m%d')}.pdf", f"rapport_EEG_{p['mrn']}.pdf" if ctx.lang == "fr" else f"EEG_report_{p['mrn']}.pdf",
                     f"Rapport EEG - {p['surname']}, {p['given']}.pdf" if ctx.lang == "fr" else f"EEG report - {p['surname']}, {p['given']}.pdf"])
    if p["surname"] in fn:
        ctx.t("patient_name")
    if p["mrn"] in fn:
        ctx.note_id("mrn", p)
    pdf = make_pdf(ctx.L("Rapport d'électroencéphalographie", "Electroencephalography report"), lines,
                   header=ORG_FR + " - Laboratoire d'EEG", footer=ctx.L("Document confidentiel", "Confidential document"))
    refn, refa = _referrer(ctx)
    summary = f[2 if ctx.lang == "fr" else 3] if ctx.rng.random() < 0.5 else ""
    blocks = [ctx.L(f"Bonjour,\nVoici le rapport d'EEG de votre patient(e). {summary}", f"Hello,\nPlease find the EEG report for your patient attached. {summary}").strip(),
              ("sig", signature("rao", ctx.lang, "eeg"))]
    return dict(category="eeg_report", note=ctx.L("rapport d'EEG en PDF", "EEG report as PDF"),
                frm=ctx.saddr("rao"), to=[(refn, refa)], subject=ctx.L("Rapport EEG", "EEG report"), blocks=blocks,
                attachments=[att("pdf", fn, pdf, rfc2231=ctx.rng.random() < 0.4)])


EMG_IND = [("paresthésies nocturnes main droite, r/o syndrome du canal carpien", "nocturnal right hand paresthesia, r/o carpal tunnel syndrome"),
           ("faiblesse de la dorsiflexion du pied gauche depuis 2 mois", "left foot drop for 2 months"),
           ("engourdissement des pieds, diabète type 2", "numb feet, type 2 diabetes"),
           ("douleur cervicale irradiant au majeur droit", "neck pain radiating to the right middle finger")]


def emg_booking(ctx):
    p = ctx.pf.invented(min_age=25, max_age=82, when=ctx.today())
    ind = ctx.choice(EMG_IND)
    ctx.t("diagnosis")
    d = ctx.future(4, 35)
    hr, h, m = ctx.hour()
    nm_to = f"{p['given']} {p['surname']}"
    email = f"{fold(p['given'])[0]}{re.sub('[^a-z]', '', fold(p['surname']))}{ctx.rng.randint(10, 99)}@courriel.example"
    ctx._rec(nm_to)
    ctx.t("patient_name")
    greet = ctx.name(p, ctx.choice(["title_sur", "title_full"]))
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    ics = make_ics(f"emg-{ctx.idx}-{p['mrn']}@hrbl.example", ctx.L("EMG - Laboratoire de neurophysiologie", "EMG - Neurophysiology lab"),
                   start, start + datetime.timedelta(minutes=60), ctx.L("Pavillon C, 4e étage, local C-4120", "Pavilion C, 4th floor, room C-4120"),
                   ctx.L(f"Électromyogramme pour : {ind[0]}", f"Electromyography for: {ind[1]}"),
                   organizer=("Laboratoire EMG", "labo.emg@hrbl.example"))
    if ctx.lang == "fr":
        blocks = [f"Bonjour {greet},",
                  f"Votre électromyogramme (EMG) est prévu le {ctx.dday(d)} à {hr} au laboratoire de neurophysiologie "
                  f"(pavillon C, 4e étage). Motif de la demande du Dr Ashworth : {ind[0]}.",
                  "Ne mettez pas de crème sur les mains ni les jambes le jour de l'examen. Prévoyez environ une heure. "
                  "Apportez votre carte d'assurance maladie et la liste de vos médicaments.",
                  f"Pour annuler : {CLINIC_PHONES['emg']} (48 h à l'avance).",
                  ("sig", signature("giguere", "fr", "emg"))]
    else:
        blocks = [f"Dear {greet},",
                  f"Your electromyography (EMG) test is booked for {ctx.dday(d)} at {hr} in the neurophysiology lab "
                  f"(Pavilion C, 4th floor). Reason given by Dr. Ashworth: {ind[1]}.",
                  "Please do not apply cream to your hands or legs on the day of the test. Plan for about one hour. "
                  "Bring your health card and your medication list.",
                  f"To cancel: {CLINIC_PHONES['emg']} (48 h notice).",
                  ("sig", signature("giguere", "en", "emg"))]
    return dict(category="emg_booking", note=ctx.L("confirmation de rendez-vous EMG au patient", "EMG appointment confirmation to patient"),
                frm=(ctx.L("Laboratoire EMG - HRBL", "EMG Lab - HRBL"), "labo.emg@hrbl.example"), to=[(nm_to, email)],
                subject=ctx.L("Confirmation de rendez-vous — EMG", "Appointment confirmation - EMG"), blocks=blocks,
                attachments=[att("ics", ctx.L("rendez-vous_EMG.ics", "EMG_appointment.ics"), ics)] if ctx.rng.random() < 0.7 else [])


def emg_result(ctx):
    p = ctx.pf.invented(min_age=25, max_age=85, when=ctx.today())
    ctx.t("lab_result", "diagnosis")
    r = ctx.choice([
        ("Neuropathie médiane au poignet droit, modérée (atteinte démyélinisante sensitivo-motrice sans dénervation).",
         "Moderate right median neuropathy at the wrist (sensory-motor demyelinating, no denervation).",
         [("Médian D moteur", "Right median motor", "5,8 ms", "6,1 mV", "49 m/s"), ("Médian D sensitif", "Right median sensory", "4,4 ms", "9 µV", "32 m/s"),
          ("Cubital D moteur", "Right ulnar motor", "2,9 ms", "9,8 mV", "58 m/s")]),
        ("Polyneuropathie axonale sensitivo-motrice longueur-dépendante, modérée.",
         "Moderate length-dependent axonal sensorimotor polyneuropathy.",
         [("Sural G", "Left sural", "abs.", "abs.", "-"), ("Péronier G moteur", "Left peroneal motor", "5,1 ms", "0,9 mV", "38 m/s"),
          ("Tibial G moteur", "Left tibial motor", "5,5 ms", "2,2 mV", "39 m/s")]),
        ("Radiculopathie C7 droite subaiguë (dénervation active triceps et FCR).",
         "Subacute right C7 radiculopathy (active denervation in triceps and FCR).",
         [("Médian D moteur", "Right median motor", "3,6 ms", "8,4 mV", "55 m/s"), ("Radial D sensitif", "Right radial sensory", "2,3 ms", "22 µV", "54 m/s"),
          ("Triceps D (aiguille)", "Right triceps (needle)", "-", "fibs 2+", "-")]),
    ])
    rows = [(x[0] if ctx.lang == "fr" else x[1], x[2], x[3], x[4]) for x in r[2]]
    if ctx.lang == "en":
        rows = [(a, b.replace(",", "."), c.replace(",", "."), d) for a, b, c, d in rows]
    nm = ctx.name(p, ctx.choice(["upper", "title_full", "full", "sur_comma"]))
    extra = ctx.L(f", dossier {ctx.mrn(p)}", f", MRN {ctx.mrn(p)}") if ctx.rng.random() < 0.5 else ""
    ortho = ctx.choice([("Dr Philippe Mainville", "philippe.mainville@hrbl.example"), ("Dre Sonia Aubry", "sonia.aubry@hrbl.example")])
    blocks = [ctx.L("Bonjour,", "Hello,"),
              ctx.L(f"EMG fait ce matin pour {nm}{extra}.", f"EMG done this morning for {nm}{extra}."),
              ("table", ctx.L(["Nerf / muscle", "Latence", "Amplitude", "Vitesse"], ["Nerve / muscle", "Latency", "Amplitude", "CV"]), rows),
              ctx.L(f"Conclusion : {r[0]}", f"Conclusion: {r[1]}"),
              ctx.L("Rapport final signé dans le dossier d'ici 48 h.", "Signed report will be in the chart within 48 h."),
              ("sig", signature("ashworth", ctx.lang, "emg"))]
    return dict(category="emg_result", note=ctx.L("résultat d'EMG au médecin traitant", "EMG result to referring physician"),
                frm=ctx.saddr("ashworth"), to=[ortho], subject=ctx.L("Résultat EMG", "EMG result"), blocks=blocks,
                mode=ctx.choice(["html", "alt", "alt"]))


def epilepsy_followup(ctx):
    holder = ctx.rng.random() < 0.5
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 18) if holder else ctx.pf.invented(min_age=18, max_age=75, when=ctx.today())
    ctx.t("diagnosis", "medication")
    who = ctx.ident(p, layout=ctx.choice(["line", "paren"])) if holder else \
        ctx.L(f"{ctx.name(p)} ({ctx.age(p)} ans, dossier {ctx.mrn(p)})", f"{ctx.name(p)} ({ctx.age(p)} y/o, MRN {ctx.mrn(p)})")
    nsz = ctx.rng.randint(2, 9)
    dose = ctx.choice([(750, 1000), (500, 750), (1000, 1500)])
    if ctx.lang == "fr":
        blocks = ["Chère collègue,", f"J'ai revu aujourd'hui {who}, suivi(e) pour une épilepsie focale structurelle (séquelle de contusion frontale).",
                  f"{nsz} crises focales avec altération de la conscience depuis la dernière visite, dont une généralisée secondairement. "
                  "Observance partielle selon le conjoint. Irritabilité sous lévétiracétam.",
                  f"Plan : lévétiracétam {dose[0]} → {dose[1]} mg BID, ajout de lacosamide 50 mg BID x 1 sem puis 100 mg BID. "
                  "Vitamine B6 50 mg die pour l'irritabilité. Pas de conduite automobile; déclaration faite au Bureau des permis.",
                  "EEG de contrôle et revue dans 3 mois.", ("sig", signature("benali", "fr", "epi"))]
    else:
        blocks = ["Dear colleague,", f"I saw {who} today in follow-up for structural focal epilepsy (old frontal contusion).",
                  f"{nsz} focal impaired-awareness seizures since last visit, one with bilateral tonic-clonic spread. "
                  "Partial adherence per spouse. Irritability on levetiracetam.",
                  f"Plan: levetiracetam {dose[0]} -> {dose[1]} mg BID, add lacosamide 50 mg BID x 1 wk then 100 mg BID. "
                  "Pyridoxine 50 mg daily for irritability. No driving; report sent to the licensing authority.",
                  "Repeat EEG and review in 3 months.", ("sig", signature("benali", "en", "epi"))]
    refn, refa = _referrer(ctx)
    return dict(category="epilepsy_followup", note=ctx.L("note de suivi en clinique d'épilepsie", "epilepsy clinic follow-up letter"),
                frm=ctx.saddr("benali"), to=[(refn, refa)], cc=[ctx.saddr("mcallister")] if ctx.rng.random() < 0.5 else None,
                subject=ctx.L("Suivi clinique d'épilepsie", "Epilepsy clinic follow-up"), blocks=blocks)


def pharmacy_rx(ctx):
    p = ctx.pf.holder(lambda h: h["sex"] == "F" and 18 <= ctx.age(h) <= 45)
    ctx.t("medication", "diagnosis")
    ident = ctx.ident(p)
    ph = ctx.choice(["pharm1", "pharm2"])
    rows = ctx.L([("Sem. 1-2", "25 mg die"), ("Sem. 3-4", "50 mg die"), ("Sem. 5", "50 mg BID"), ("Sem. 6 et +", "100 mg BID")],
                 [("Wk 1-2", "25 mg daily"), ("Wk 3-4", "50 mg daily"), ("Wk 5", "50 mg BID"), ("Wk 6 on", "100 mg BID")])
    blocks = [ctx.L("Bonjour,", "Hello,"), ident,
              ctx.L("Diagnostic : épilepsie généralisée. Remplacer le valproate (grossesse envisagée) par lamotrigine selon la titration suivante :",
                    "Diagnosis: generalized epilepsy. Replace valproate (pregnancy planned) with lamotrigine, titration below:"),
              ("table", ctx.L(["Période", "Lamotrigine (Lamictal)"], ["Period", "Lamotrigine (Lamictal)"]), rows),
              ctx.L("Diminuer le divalproex de 250 mg toutes les 2 semaines à partir de la semaine 5. Aviser la patiente de "
                    "consulter en cas d'éruption cutanée. Acide folique 5 mg die.",
                    "Taper divalproex by 250 mg every 2 weeks from week 5. Counsel the patient to report any rash. Folic acid 5 mg daily."),
              ("sig", signature("benali", ctx.lang, "epi"))]
    return dict(category="pharmacy_rx", note=ctx.L("titration de lamotrigine envoyée à la pharmacie", "lamotrigine titration sent to pharmacy"),
                frm=ctx.saddr("benali"), to=[ctx.ext(ph, "rx")], subject=ctx.L("Ordonnance - titration", "Rx - titration schedule"),
                blocks=blocks, mode=ctx.choice(["alt", "html", "plain"]))


def seizure_diary(ctx):
    p = ctx.pf.invented(min_age=6, max_age=40, when=ctx.today())
    ctx.t("diagnosis", "medication")
    par = ctx.choice([("Chantal", "Dubé"), ("Kevin", "Murphy"), ("Annie", "Lachance"), ("Owen", "Grant")])
    pemail = f"{par[0].lower()}.{par[1].lower()}{ctx.rng.randint(1, 99)}@courriel.example"
    nm = ctx.name(p, "given")
    full = ctx.name(p, ctx.choice(["full", "upper"]))
    rows = []
    d = ctx.past(15, 25)
    for k in range(ctx.rng.randint(3, 5)):
        d = d + datetime.timedelta(days=ctx.rng.randint(1, 5))
        rows.append((d.isoformat(), f"{ctx.rng.randint(1, 4)} min", ctx.choice(
            ctx.L(["raidissement + secousses bras D", "regard fixe, ne répond pas", "tombe, secousses généralisées", "mâchonnements"],
                  ["stiffening + jerking right arm", "staring, unresponsive", "fell, generalized jerking", "lip smacking"]))))
    tel = ctx.phone(p, "cell")
    orig = [ctx.L(f"Bonjour Fiona,\nVoici le journal des crises de {nm} depuis le rendez-vous. {nm} a oublié ses comprimés de Keppra deux soirs la semaine dernière.",
                  f"Hi Fiona,\nHere is {nm}'s seizure diary since the appointment. {nm} missed the Keppra two evenings last week."),
            ("table", ctx.L(["Date", "Durée", "Description"], ["Date", "Duration", "Description"]), rows),
            ctx.L(f"Vous pouvez me joindre au {tel}.\n{par[0]} {par[1]}", f"You can reach me at {tel}.\n{par[0]} {par[1]}")]
    hdr = ctx.fwd_header(f"{par[0]} {par[1]}", pemail, ctx.earlier(10, 40), ctx.L(f"journal crises {p['given']}", f"seizure diary {p['given']}"),
                         "Fiona McAllister", "fiona.mcallister@hrbl.example")
    blocks = [ctx.L(f"Dr Benali,\nJournal reçu de la mère pour {full}. Augmentation nette depuis le changement de générique? À discuter.",
                    f"Dr. Benali,\nDiary from the mother for {full}. Clear increase since the generic switch? For discussion."),
              ("sig", signature("mcallister", ctx.lang, "epi", short=True)),
              ("fwd", hdr, orig)]
    return dict(category="seizure_diary", note=ctx.L("journal de crises transféré par l'infirmière", "seizure diary forwarded by nurse"),
                frm=ctx.saddr("mcallister"), to=[ctx.saddr("benali")],
                subject=ctx.L(f"TR: journal crises {p['given']}", f"Fwd: seizure diary {p['given']}"), blocks=blocks)


def aed_level(ctx):
    p = ctx.pf.invented(min_age=18, max_age=90, when=ctx.today())
    ctx.t("lab_result", "medication")
    lv = ctx.choice([("phénytoïne", "phenytoin", f"{ctx.rng.randint(18, 32)} µmol/L (cible 40-80)", "albumine 28 g/L"),
                     ("acide valproïque", "valproic acid", f"{ctx.rng.randint(690, 900)} µmol/L (cible 350-700)", "NH3 68 µmol/L"),
                     ("carbamazépine", "carbamazepine", f"{ctx.rng.randint(55, 70)} µmol/L (cible 17-50)", "Na 128 mmol/L")])
    nm = ctx.name(p, ctx.choice(["upper", "sur_first", "title_full", "lower"]))
    mrn = ctx.mrn(p)
    room = f"4B-{ctx.rng.randint(1, 28):02d}"
    if ctx.lang == "fr":
        body = [f"Dr Benali, taux de {lv[0]} ce matin pour {nm} ({mrn}, ch. {room}) : {lv[2]}; {lv[3]}.",
                "Je suggère d'ajuster selon la fraction libre avant la prochaine dose. Voulez-vous que je rédige l'ordonnance?",
                ("sig", signature("dagenais", "fr", "neuro", short=True))]
    else:
        body = [f"Dr. Benali, {lv[1]} level this morning for {nm} ({mrn}, room {room}): {lv[2].replace('cible', 'target')}; {lv[3]}.",
                "Suggest adjusting on the free level before the next dose. Want me to write the order?",
                ("sig", signature("dagenais", "en", "neuro", short=True))]
    return dict(category="aed_level", note=ctx.L("taux sérique d'antiépileptique", "antiseizure drug level"),
                frm=ctx.saddr("dagenais"), to=[ctx.saddr("benali")], subject=ctx.L(f"Taux {lv[0]}", f"{lv[1]} level"),
                blocks=body, mode="plain")


def eeg_daily_list(ctx):
    d = ctx.future(1, 3)
    rows = []
    slots = ["07:45", "08:30", "09:15", "10:00", "10:45", "13:00", "13:45", "14:30"]
    n = ctx.rng.randint(4, 7)
    for k in range(n):
        p = ctx.pf.invented(min_age=3, max_age=88, when=ctx.today())
        typ = ctx.choice(ctx.L(["Routine", "Privation", "Vidéo-EEG 24 h", "Routine + SLI"], ["Routine", "Sleep-deprived", "24-h video-EEG", "Routine + photic"]))
        ind = ctx.choice(ctx.L(["1re crise", "absences?", "syncope vs crise", "suivi épilepsie", "encéphalopathie"],
                               ["first seizure", "absences?", "syncope vs seizure", "epilepsy f/u", "encephalopathy"]))
        rows.append((slots[k], f"EEG-{ctx.rng.randint(1, 3)}", ctx.name(p, ctx.choice(["upper", "sur_comma"])), ctx.mrn(p, "plain"), typ, ind))
    ctx.t("diagnosis")
    header = ctx.L(["Heure", "Salle", "Patient", "Dossier", "Type", "Indication"], ["Time", "Room", "Patient", "MRN", "Type", "Indication"])
    blocks = [ctx.L(f"Horaire du laboratoire d'EEG pour {ctx.dday(d)}. Véronique en salle 1-2, Tommy en salle 3.",
                    f"EEG lab schedule for {ctx.dday(d)}. Véronique rooms 1-2, Tommy room 3.")]
    atts = []
    if ctx.rng.random() < 0.5:
        blocks.append(("table", header, rows))
    else:
        atts.append(att("xlsx", f"EEG_{d.isoformat()}.xlsx", make_xlsx([(d.isoformat(), header, rows)], author="L. Giguère")))
        blocks.append(ctx.L("Liste détaillée en pièce jointe.", "Detailed list attached."))
    blocks.append(("sig", signature("giguere", ctx.lang, "eeg", short=True)))
    return dict(category="eeg_daily_list", note=ctx.L("horaire quotidien du laboratoire d'EEG", "daily EEG lab schedule"),
                frm=ctx.saddr("giguere"), to=[ctx.saddr("cyr"), ctx.saddr("lavigne")], cc=[ctx.saddr("rao")],
                subject=ctx.L(f"Horaire EEG {d.isoformat()}", f"EEG schedule {d.isoformat()}"), blocks=blocks, attachments=atts,
                mode=ctx.choice(["html", "alt"]))


def attachment_name_only(ctx):
    p = ctx.pf.invented(min_age=20, max_age=85, when=ctx.today())
    kind = ctx.choice(["EMG", "EEG"])
    ctx.t("lab_result", "diagnosis", "patient_name")
    d = ctx.past(1, 10)
    fn = ctx.choice([f"{kind}_{p['surname']}_{p['given']}.pdf", f"{kind} - {p['surname']}, {p['given']} ({d.isoformat()}).pdf",
                     f"{p['surname'].upper()}_{p['given'][0]}_{kind}.pdf"])
    ctx._rec(fn)
    if kind == "EMG":
        txt = ctx.L(["Étude de conduction : latence distale médiane G 5,2 ms, vitesse sensitive 34 m/s.",
                     "Conclusion : syndrome du canal carpien gauche modéré."],
                    ["Nerve conduction: left median distal latency 5.2 ms, sensory CV 34 m/s.",
                     "Impression: moderate left carpal tunnel syndrome."])
    else:
        txt = ctx.L(["Activité épileptiforme fronto-centrale droite intermittente.", "Conclusion : EEG anormal, foyer irritatif frontal droit."],
                    ["Intermittent right fronto-central epileptiform discharges.", "Impression: abnormal EEG, right frontal irritative focus."])
    lines = [ctx.L(f"Date : {d.isoformat()}", f"Date: {d.isoformat()}")] + txt
    if ctx.rng.random() < 0.5:
        lines.insert(0, ctx.L(f"No dossier : {ctx.mrn(p, 'plain')}", f"Chart: {ctx.mrn(p, 'plain')}"))
    pdf = make_pdf(ctx.L(f"Rapport {kind}", f"{kind} report"), lines, header=ORG_FR)
    blocks = [ctx.L("Voici le rapport demandé.\nBonne journée", "Here's the report you asked for.\nThanks"),
              ("sig", signature(ctx.choice(["giguere", "berube"]), ctx.lang, "emg", short=True))]
    return dict(category="attachment_name_only", note=ctx.L("nom du patient seulement dans le nom du fichier joint", "patient name only in attachment file name"),
                frm=ctx.saddr("giguere"), to=[ctx.choice([("Dr Philippe Mainville", "philippe.mainville@hrbl.example"), ctx.saddr("mehta")])],
                subject=ctx.L("rapport", "report"), blocks=blocks, attachments=[att("pdf", fn, pdf, rfc2231=ctx.rng.random() < 0.5)])


def pediatric_school_plan(ctx):
    p = ctx.pf.holder(lambda h: 4 <= ctx.age(h) < 18)
    ctx.t("diagnosis", "medication")
    ident = ctx.ident(p, layout="labels")
    school = ctx.choice([("École primaire des Quatre-Vents", "ecole4vents.example"), ("École secondaire du Littoral", "esl-littoral.example")])
    if ctx.lang == "fr":
        paras = [ident, "## Diagnostic", "Épilepsie focale. Crises avec regard fixe puis secousses du bras gauche, 1-2 min.",
                 "## Conduite à tenir", "Si la crise dure plus de 5 minutes : midazolam intranasal 5 mg (Nayzilam), appeler le 911 et les parents.",
                 "Position latérale de sécurité. Ne rien mettre dans la bouche.",
                 "## Médication quotidienne", "Oxcarbazépine 300 mg matin et soir (prise à la maison).",
                 "## Restrictions", "Baignade sous surveillance 1:1. Pas d'escalade en hauteur."]
        blocks = ["Bonjour Mme l'infirmière scolaire,", "À la demande des parents, voici le plan d'intervention en cas de crise pour votre élève.",
                  ("sig", signature("mcallister", "fr", "epi"))]
    else:
        paras = [ident, "## Diagnosis", "Focal epilepsy. Seizures: staring then left arm jerking, 1-2 min.",
                 "## What to do", "If a seizure lasts more than 5 minutes: intranasal midazolam 5 mg (Nayzilam), call 911 and the parents.",
                 "Recovery position. Nothing in the mouth.",
                 "## Daily medication", "Oxcarbazepine 300 mg morning and evening (given at home).",
                 "## Restrictions", "1:1 supervision for swimming. No climbing at height."]
        blocks = ["Dear school nurse,", "At the parents' request, please find the seizure action plan for your student.",
                  ("sig", signature("mcallister", "en", "epi"))]
    pdf = make_pdf(ctx.L("Plan d'intervention - crises d'épilepsie", "Seizure action plan"), paras, header=ORG_FR)
    return dict(category="pediatric_school_plan", note=ctx.L("plan d'intervention scolaire pour un enfant épileptique", "school seizure plan for a child"),
                frm=ctx.saddr("mcallister"), to=[(ctx.L("Infirmière scolaire", "School nurse"), f"infirmerie@{school[1]}")],
                subject=ctx.L("Plan d'intervention — crises", "Seizure action plan"), blocks=blocks,
                attachments=[att("pdf", ctx.L("plan_intervention_crises.pdf", "seizure_action_plan.pdf"), pdf)])


TEMPLATES = [
    ("eeg_booking", eeg_booking, 4),
    ("eeg_report", eeg_report, 5),
    ("emg_booking", emg_booking, 3),
    ("emg_result", emg_result, 4),
    ("epilepsy_followup", epilepsy_followup, 4),
    ("pharmacy_rx", pharmacy_rx, 4),
    ("seizure_diary", seizure_diary, 3),
    ("aed_level", aed_level, 3),
    ("eeg_daily_list", eeg_daily_list, 3),
    ("attachment_name_only", attachment_name_only, 3),
    ("pediatric_school_plan", pediatric_school_plan, 3),
]
