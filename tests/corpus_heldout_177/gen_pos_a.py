"""Positive templates, part A: stroke prevention clinic (TIA referrals), stroke unit."""
from gen_common import frn, CLINIC_PHONES, signature, CONF_FOOTER_FR, CONF_FOOTER_EN, ORG_FR
from gen_ctx import att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics

import datetime

TIA_SX = [
    ("faiblesse du membre supérieur droit d'une durée de 20 min", "right arm weakness lasting about 20 min"),
    ("aphasie d'expression transitoire (environ 15 min)", "transient expressive aphasia (about 15 min)"),
    ("amaurose fugace de l'œil gauche, 5 min", "amaurosis fugax, left eye, 5 min"),
    ("dysarthrie et engourdissement facio-brachial gauche résolus en 40 min",
     "dysarthria with left face and arm numbness, resolved within 40 min"),
    ("hémianopsie droite transitoire et céphalée", "transient right homonymous hemianopia with headache"),
    ("trouble de la marche et diplopie pendant 10 min", "gait unsteadiness and diplopia for 10 min"),
]
CT_RES = [
    ("TDM cérébrale : pas d'hémorragie, leucoaraïose légère.", "CT head: no haemorrhage, mild small-vessel change."),
    ("TDM + angio-TDM : pas d'occlusion, plaque calcifiée bulbe carotidien G.",
     "CT/CTA: no LVO, calcified plaque at the left carotid bulb."),
    ("TDM sans particularité.", "CT head unremarkable."),
]
DX = [("ICT probable", "probable TIA"), ("AVC mineur", "minor ischemic stroke"),
      ("ICT territoire carotidien gauche", "left carotid territory TIA"),
      ("ICT vertébrobasilaire possible", "possible vertebrobasilar TIA")]
MEDS_START = [("AAS 81 mg die + clopidogrel 75 mg die (dose de charge 300 mg donnée)",
               "ASA 81 mg daily + clopidogrel 75 mg daily (300 mg load given)"),
              ("AAS 160 mg dose de charge puis 81 mg die, atorvastatine 80 mg",
               "ASA 160 mg load then 81 mg daily, atorvastatin 80 mg"),
              ("clopidogrel 300 mg puis 75 mg die; rosuvastatine 20 mg HS",
               "clopidogrel 300 mg then 75 mg daily; rosuvastatin 20 mg qhs")]
ED_DOCS = [("Dr", "Mathis", "Girouard"), ("Dre", "Catherine", "Lapierre"), ("Dr", "Nolan", "Ashby")]


def _ed(ctx):
    t, g, s = ctx.choice(ED_DOCS)
    title = t if ctx.lang == "fr" else "Dr."
    return f"{title} {g} {s}", f"{g.lower()}.{s.lower()}@hrbl.example"


def tia_referral(ctx):
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 35)
    sx, ct, dx, meds = ctx.choice(TIA_SX), ctx.choice(CT_RES), ctx.choice(DX), ctx.choice(MEDS_START)
    i = 0 if ctx.lang == "fr" else 1
    abcd2 = ctx.rng.randint(3, 6)
    edn, eda = _ed(ctx)
    onset = ctx.past(0, 2)
    ctx.t("diagnosis", "medication", "lab_result")
    ident = ctx.ident(p)
    phone = ctx.phone(p, ctx.choice(["phone", "cell"]))
    lines_fr = [f"Bonjour,",
                f"Référence semi-urgente à la clinique de prévention de l'AVC (vu à l'urgence le {ctx.dlong(onset)}).",
                ident,
                f"Histoire : {sx[0]}. Examen neurologique normal à l'arrivée. ABCD2 = {abcd2}.\n{ct[0]}\n"
                f"ECG : rythme sinusal. LDL {frn(ctx.rng.randint(22, 46) / 10)} mmol/L, HbA1c {frn(ctx.rng.randint(54, 78) / 10)} %.",
                f"Impression : {dx[0]}.",
                f"Traitement débuté : {meds[0]}.",
                f"Merci de la/le convoquer dans les 48 h. Téléphone : {phone}."]
    lines_en = [f"Hello,",
                f"Semi-urgent referral to the stroke prevention clinic (seen in the ED on {ctx.dlong(onset)}).",
                ident,
                f"History: {sx[1]}. Normal neuro exam on arrival. ABCD2 = {abcd2}.\n{ct[1]}\n"
                f"ECG: sinus rhythm. LDL {ctx.rng.randint(22, 46) / 10:.1f} mmol/L, HbA1c {ctx.rng.randint(54, 78) / 10:.1f}%.",
                f"Impression: {dx[1]}.",
                f"Started on: {meds[1]}.",
                f"Please book within 48 h. Phone: {phone}."]
    body = lines_fr if ctx.lang == "fr" else lines_en
    attachments = []
    subj = ctx.L(f"Référence clinique AVC/ICT - {p['surname'].upper()}", f"TIA clinic referral - {p['surname']}")
    if ctx.rng.random() < 0.5:
        pdf_lines = ["## " + ctx.L("Demande de consultation - neurologie (prévention AVC)",
                                   "Consultation request - neurology (stroke prevention)")] + \
            [l for b in body[2:] for l in b.split("\n")]
        fn = ctx.L(f"demande_consult_AVC_{p['surname']}.pdf", f"TIA_referral_{p['surname']}.pdf")
        attachments.append(att("pdf", fn, make_pdf(ctx.L("Demande de consultation", "Consultation request"),
                                                   pdf_lines, header=ORG_FR)))
        body = [body[0], body[1].split("(")[0].strip() + ctx.L(" — formulaire ci-joint.", " — form attached."),
                ctx.L("Merci de confirmer la date du rendez-vous.", "Please confirm the appointment date.")]
    blocks = body + [("sig", f"-- \n{edn}\n" + ctx.L("Urgence, ", "Emergency Department, ") + ctx.L(ORG_FR, "Belmont-sur-Lac Regional Hospital"))]
    if ctx.rng.random() < 0.4:
        blocks.append(ctx.L(CONF_FOOTER_FR, CONF_FOOTER_EN))
    return dict(category="tia_referral", note=ctx.L("référence urgence vers clinique ICT", "ED referral to TIA clinic"),
                frm=(edn, eda), to=[(ctx.L("Clinique de prévention de l'AVC", "Stroke Prevention Clinic"), "clinique.avc@hrbl.example")],
                cc=[ctx.saddr("aubin")], subject=subj, blocks=blocks, attachments=attachments)


def tia_triage_list(ctx):
    n = ctx.rng.randint(3, 5)
    rows = []
    names_hi = []
    for k in range(n):
        p = ctx.pf.holder(lambda h: ctx.age(h) >= 30)
        sur, giv, dob, sx, nam = ctx.ident_cols(p)
        sym = ctx.choice(TIA_SX)[0 if ctx.lang == "fr" else 1]
        score = ctx.rng.randint(2, 7)
        prio = ctx.L("P1 <24 h", "P1 <24 h") if score >= 4 else ctx.L("P2 <7 j", "P2 <7 d")
        if score >= 4:
            names_hi.append(ctx.name(p, "title_sur"))
        rec = ctx.past(0, 3)
        rows.append((rec.isoformat(), sur, giv, dob, sx, nam, sym, score, prio))
    ctx.t("diagnosis")
    header = ctx.L(["Reçu", "Nom", "Prénom", "DDN", "Sexe", "NAM", "Motif", "ABCD2", "Priorité"],
                   ["Received", "Surname", "Given", "DOB", "Sex", "NAM", "Reason", "ABCD2", "Priority"])
    if ctx.rng.random() < 0.5:
        a = att("xlsx", ctx.L(f"triage_ICT_{ctx.today().isoformat()}.xlsx", f"TIA_triage_{ctx.today().isoformat()}.xlsx"),
                make_xlsx([(ctx.L("Triage", "Triage"), header, rows)], author="K. Aubin"))
    else:
        enc = ctx.choice(["utf-8", "cp1252"])
        a = att("csv", ctx.L("triage_ICT.csv", "tia_triage.csv"),
                make_csv(header, rows, delimiter=";" if ctx.lang == "fr" else ",", encoding=enc),
                charset="utf-8" if enc == "utf-8" else "windows-1252")
    hi = ", ".join(names_hi) if names_hi else ctx.L("aucune", "none")
    blocks = [ctx.L("Bonjour Dre Brassard,", "Hi Dr. Lowell,"),
              ctx.L(f"Voici les {n} nouvelles références ICT reçues depuis lundi. Priorité élevée : {hi}. "
                    "Je les appelle cet après-midi pour les plages de jeudi.",
                    f"Attached are the {n} new TIA referrals received since Monday. High priority: {hi}. "
                    "I will call them this afternoon for Thursday's slots."),
              ("sig", signature("aubin", ctx.lang, "avc", short=True))]
    to = ctx.saddr("brassard") if ctx.lang == "fr" else ctx.saddr("lowell")
    return dict(category="tia_triage_list", note=ctx.L("liste de triage ICT en pièce jointe", "TIA triage list attached"),
                frm=ctx.saddr("aubin"), to=[to], subject=ctx.L("Triage ICT — nouvelles références", "TIA triage - new referrals"),
                blocks=blocks, attachments=[a])


def carotid_result(ctx):
    holder = ctx.rng.random() < 0.5
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 45) if holder else ctx.pf.invented(min_age=50, max_age=86, when=ctx.today())
    side = ctx.choice([("gauche", "left"), ("droite", "right")])
    pct = ctx.choice(["50-69", "70-79", "80-99"])
    psv = ctx.rng.randint(160, 390)
    ctx.t("lab_result", "diagnosis", "medication")
    who = ctx.name(p, ctx.choice(["title_full", "upper", "full"]))
    if holder:
        idline = ctx.L(f"{ctx.sex(p, 'letter')}, DDN {ctx.dob(p)}, NAM {ctx.nam(p)}", f"{ctx.sex(p, 'letter')}, DOB {ctx.dob(p)}, RAMQ {ctx.nam(p)}")
    else:
        idline = ctx.L(f"DDN {ctx.dob(p)}, dossier {ctx.mrn(p)}", f"DOB {ctx.dob(p)}, chart {ctx.mrn(p)}") \
            if ctx.rng.random() < 0.6 else ctx.L(f"dossier {ctx.mrn(p)}", f"MRN {ctx.mrn(p)}")
    gp = ctx.ext("gmf", "dr.vaillancourt")
    gpn = ctx.L("Dr Étienne Vaillancourt", "Dr. Étienne Vaillancourt")
    if ctx.lang == "fr":
        blocks = [f"Cher collègue,",
                  f"Concerne : {who} ({idline}).",
                  f"Le Doppler carotidien du {ctx.dlong(ctx.past(2, 10))} montre une sténose de l'ACI {side[0]} de {pct} % "
                  f"(VPS {psv} cm/s). Côté controlatéral < 50 %.",
                  "Dans le contexte de son ICT récent, je l'ai référé(e) en chirurgie vasculaire pour évaluation d'une "
                  "endartériectomie. Poursuivre AAS 81 mg et atorvastatine 80 mg; cible LDL < 1,8.",
                  "Au plaisir,", ("sig", signature("brassard", "fr", "avc"))]
    else:
        blocks = ["Dear colleague,",
                  f"Re: {who} ({idline}).",
                  f"Carotid duplex on {ctx.dlong(ctx.past(2, 10))} shows {pct}% stenosis of the {side[1]} ICA "
                  f"(PSV {psv} cm/s). Contralateral side < 50%.",
                  "Given the recent TIA I have referred to vascular surgery for endarterectomy assessment. "
                  "Continue ASA 81 mg and atorvastatin 80 mg; LDL target < 1.8.",
                  "Best regards,", ("sig", signature("brassard", "en", "avc"))]
    return dict(category="carotid_result", note=ctx.L("résultat doppler carotidien au médecin de famille", "carotid duplex result to GP"),
                frm=ctx.saddr("brassard"), to=[(gpn, gp[1])],
                subject=ctx.L("Résultat Doppler carotidien", "Carotid duplex result"), blocks=blocks)


def stroke_labs(ctx):
    p = ctx.pf.invented(min_age=45, max_age=85, when=ctx.today())
    ldl = ctx.rng.randint(26, 44) / 10
    a1c = ctx.rng.randint(66, 95) / 10
    ctx.t("lab_result", "medication")
    nm = ctx.name(p, ctx.choice(["init_sur", "title_sur", "lower", "sur_first"]))
    ref = f" ({ctx.mrn(p)})" if ctx.rng.random() < 0.5 else ""
    if ctx.lang == "fr":
        body = [f"Karine,\npeux-tu appeler {nm}{ref} pour son bilan lipidique? LDL {frn(ldl)} malgré rosuva 20 — "
                f"on monte à 40 mg et on ajoute ézétimibe 10 mg. HbA1c {frn(a1c)} % → à revoir avec son MD de famille.\n"
                "Nouvelle ordonnance faxée à sa pharmacie ce matin.\nMerci!\nOlivier"]
    else:
        body = [f"Karine -\ncould you call {nm}{ref} about the lipid panel? LDL {ldl:.1f} on rosuva 20 — "
                f"going up to 40 mg and adding ezetimibe 10 mg. HbA1c {a1c:.1f}% -> back to the family doctor.\n"
                "New Rx faxed to the pharmacy this morning.\nThanks\nOlivier"]
    return dict(category="stroke_labs", note=ctx.L("note rapide : bilan lipidique et ajustement", "quick note: lipid result and dose change"),
                frm=ctx.saddr("castonguay"), to=[ctx.saddr("aubin")],
                subject=ctx.L("bilan lipidique", "lipids f/u"), blocks=body, mode="plain")


SIGNOUT_PB = [
    ("AVC sylvien G J2, NIHSS 6, AAS+clopi, TA cible <160", "L MCA stroke day 2, NIHSS 6, DAPT, SBP target <160"),
    ("état de mal résolu, LEV 1500 bid, EEG demain", "status resolved, LEV 1500 bid, EEG tomorrow"),
    ("poussée SEP, méthylpred 1 g IV J3/5", "MS relapse, IV methylpred 1 g day 3/5"),
    ("SGB, CVF q6h (dernière 2,1 L), IgIV J2", "GBS, FVC q6h (last 2.1 L), IVIG day 2"),
    ("HSA sous surveillance, nimodipine", "SAH under watch, nimodipine"),
    ("crise inaugurale, IRM faite, PL à faire", "first seizure, MRI done, LP pending"),
    ("myasthénie, pyridostigmine 60 mg qid, surveiller déglutition", "myasthenia, pyridostigmine 60 mg qid, watch swallow"),
    ("AVC cérébelleux D, surveillance hydrocéphalie", "R cerebellar stroke, watch for hydrocephalus"),
    ("delirium + FA nouvelle, apixaban à débuter J4", "delirium + new AF, start apixaban day 4"),
]


def sign_out(ctx):
    n = ctx.rng.randint(4, 7)
    rows = []
    pbs = ctx.rng.sample(SIGNOUT_PB, n)
    for k in range(n):
        p = ctx.pf.invented(min_age=25, max_age=90, when=ctx.today())
        room = f"{ctx.choice(['4B', '4C', 'USI'])}-{ctx.rng.randint(1, 28):02d}"
        nm = ctx.name(p, ctx.choice(["upper", "sur_first", "init_sur", "sur_only"]))
        pb = pbs[k][0 if ctx.lang == "fr" else 1]
        if k == 0 and ctx.rng.random() < 0.5:
            pb += ctx.L("; sans domicile fixe, TS impliquée pour le congé", "; no fixed address, SW involved for discharge")
            ctx.t("social_information")
        rows.append((room, nm, f"{ctx.age(p)}{ctx.L(' a', ' y')}", pb))
    ctx.t("diagnosis", "medication")
    wknd = ctx.future(1, 5)
    blocks = [ctx.L(f"Liste de passation neuro — garde du {ctx.dday(wknd)}", f"Neuro sign-out — call {ctx.dday(wknd)}"),
              ("table", ctx.L(["Lit", "Patient", "Âge", "Problème / à faire"], ["Bed", "Patient", "Age", "Issue / to do"]), rows),
              ctx.L("Pager de garde : 4417. Bonne garde!", "On-call pager 4417. Have a quiet one.")]
    if ctx.rng.random() < 0.5:
        blocks.append(("quote", ctx.quote_intro(ctx.staff("mehta"), "anand.mehta@hrbl.example", ctx.earlier(2, 6)),
                       [ctx.L("Peux-tu m'envoyer la liste avant 17 h?", "Can you send me the list before 5?")]))
    return dict(category="sign_out", note=ctx.L("liste de passation des patients hospitalisés", "inpatient sign-out list"),
                frm=ctx.saddr("castonguay"), to=[ctx.saddr("mehta")],
                subject=ctx.L("Passation neuro", "RE: neuro sign-out" if len(blocks) > 3 else "neuro sign-out"),
                blocks=blocks, mode=ctx.choice(["html", "alt"]))


def discharge_summary(ctx):
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 40)
    adm = ctx.past(8, 20)
    dis = ctx.past(0, 3)
    ctx.t("diagnosis", "medication", "lab_result")
    ident = ctx.ident(p, layout="labels")
    mrn = ctx.mrn(p, "plain")
    nihss = ctx.rng.randint(2, 12)
    if ctx.lang == "fr":
        paras = [ident, f"No de dossier : {mrn}", f"Admission : {adm.isoformat()}   Départ : {dis.isoformat()}",
                 "## Diagnostic principal", f"AVC ischémique sylvien {ctx.choice(['gauche', 'droit'])}, étiologie cardio-embolique (FA paroxystique).",
                 "## Évolution", f"NIHSS {nihss} à l'admission, {max(0, nihss - 4)} au départ. Thrombolyse non administrée (hors délai). "
                 "Holter : FA paroxystique 6 h cumulées. ETT : FEVG 55 %, OG dilatée.",
                 "## Médication au départ", "Apixaban 5 mg BID; atorvastatine 40 mg HS; ramipril 2,5 mg die; AAS cessé.",
                 "## Suivi", f"Clinique de prévention AVC dans 6 semaines; réadaptation externe (physio/ergo)."]
    else:
        paras = [ident, f"Chart no.: {mrn}", f"Admitted: {adm.isoformat()}   Discharged: {dis.isoformat()}",
                 "## Main diagnosis", f"{ctx.choice(['Left', 'Right'])} MCA ischemic stroke, cardioembolic (paroxysmal AF).",
                 "## Course", f"NIHSS {nihss} on admission, {max(0, nihss - 4)} at discharge. No thrombolysis (outside window). "
                 "Holter: paroxysmal AF, 6 h cumulative. TTE: LVEF 55%, dilated LA.",
                 "## Discharge medication", "Apixaban 5 mg BID; atorvastatin 40 mg qhs; ramipril 2.5 mg daily; ASA stopped.",
                 "## Follow-up", "Stroke prevention clinic in 6 weeks; outpatient rehab (PT/OT)."]
    fn = ctx.choice([f"resume_depart_{p['mrn']}.docx" if ctx.lang == "fr" else f"discharge_{p['mrn']}.docx",
                     f"{p['surname']}_{p['given']}_{ctx.L('resume', 'summary')}.docx"])
    doc = make_docx(ctx.L("Résumé de départ — Unité d'AVC", "Discharge summary — Stroke Unit"), paras, author="Neurologie 4B")
    gp = ctx.ext("gmf", ctx.choice(["reception", "dre.lemay"]))
    blocks = [ctx.L("Bonjour,\n\nVeuillez trouver ci-joint le résumé de départ de votre patient(e) hospitalisé(e) à l'unité d'AVC. "
                    "Rendez-vous de suivi à venir par la poste.",
                    "Hello,\n\nPlease find attached the discharge summary for your patient from the stroke unit. "
                    "The follow-up appointment will be mailed."),
              ("sig", signature(ctx.choice(["brassard", "mehta"]), ctx.lang, "avc")),
              ctx.L(CONF_FOOTER_FR, CONF_FOOTER_EN)]
    return dict(category="discharge_summary", note=ctx.L("résumé de départ en DOCX", "discharge summary as DOCX"),
                frm=ctx.saddr("berube"), to=[("", gp[1])],
                subject=ctx.L("Résumé de départ — unité AVC", "Discharge summary - stroke unit"),
                blocks=blocks, attachments=[att("docx", fn, doc, rfc2231=ctx.rng.random() < 0.5)])


def transport_request(ctx):
    p = ctx.pf.invented(min_age=55, max_age=90, when=ctx.today())
    d = ctx.future(3, 20)
    hr = ctx.hour()[0]
    clinic = ctx.choice([("clinique de prévention de l'AVC", "stroke prevention clinic", "hémiparésie gauche séquellaire d'un AVC", "residual left hemiparesis after stroke"),
                         ("laboratoire d'EEG", "EEG lab", "épilepsie, ne peut conduire", "epilepsy, not allowed to drive"),
                         ("clinique de perfusion SEP", "MS infusion clinic", "sclérose en plaques, marche avec déambulateur", "multiple sclerosis, uses a walker")])
    ctx.t("diagnosis")
    nm = ctx.name(p, ctx.choice(["title_full", "upper", "full"]))
    alone = ctx.rng.random() < 0.4
    if alone:
        ctx.t("social_information")
        clinic = (clinic[0], clinic[1], clinic[2] + "; vit seul(e), aucun proche pour l'accompagner",
                  clinic[3] + "; lives alone, no family to accompany")
    adr = ctx.address(p)
    tel = ctx.phone(p)
    dob = ctx.dob(p) if ctx.rng.random() < 0.5 else None
    if ctx.lang == "fr":
        blocks = ["Bonjour,", "Pourriez-vous organiser un transport adapté (aller-retour) pour :",
                  f"{nm}" + (f", née/né le {dob}" if dob else "") + f"\nAdresse : {adr}\nTél. : {tel}",
                  f"Rendez-vous : {ctx.dday(d)} à {hr}, {clinic[0]}, pavillon C, 4e étage.\n"
                  f"Condition : {clinic[2]}. Fauteuil roulant requis pour les déplacements.",
                  "Merci!", ("sig", signature("berube", "fr", "neuro"))]
    else:
        blocks = ["Hello,", "Could you arrange adapted transport (return trip) for:",
                  f"{nm}" + (f", DOB {dob}" if dob else "") + f"\nAddress: {adr}\nPhone: {tel}",
                  f"Appointment: {ctx.dday(d)} at {hr}, {clinic[1]}, Pavilion C, 4th floor.\n"
                  f"Condition: {clinic[3]}. Wheelchair needed.",
                  "Thank you,", ("sig", signature("berube", "en", "neuro"))]
    return dict(category="transport_request", note=ctx.L("demande de transport adapté", "adapted transport request"),
                frm=ctx.saddr("berube"), to=[ctx.ext("transport", "reservations")],
                subject=ctx.L("Demande de transport adapté", "Adapted transport request"), blocks=blocks)


def anticoag_pharmacy(ctx):
    p = ctx.pf.holder(lambda h: ctx.age(h) >= 45)
    ctx.t("medication", "diagnosis")
    ident = ctx.ident(p, layout=ctx.choice(["labels", "line", "pipe"]))
    ph = ctx.choice(["pharm1", "pharm2"])
    if ctx.lang == "fr":
        rx = ["Rx : apixaban (Eliquis) 5 mg PO BID — 60 co. — renouv. x 6",
              "Cesser AAS 81 mg et clopidogrel à compter de demain.",
              "Indication : FA paroxystique détectée au Holter de 14 jours après ICT."]
        blocks = ["Bonjour,", "Ordonnance pour votre client(e) :", ident] + rx + \
                 ["L'original suit par télécopieur. Merci de communiquer avec la clinique pour toute question.",
                  ("sig", signature("brassard", "fr", "avc"))]
    else:
        rx = ["Rx: apixaban (Eliquis) 5 mg PO BID — 60 tabs — refills x 6",
              "Stop ASA 81 mg and clopidogrel as of tomorrow.",
              "Indication: paroxysmal AF found on 14-day Holter after TIA."]
        blocks = ["Hello,", "Prescription for your client:", ident] + rx + \
                 ["Original follows by fax. Please call the clinic with any questions.",
                  ("sig", signature("brassard", "en", "avc"))]
    attachments = []
    if ctx.rng.random() < 0.5:
        attachments.append(att("pdf", ctx.L("ordonnance.pdf", "prescription.pdf"),
                               make_pdf(ctx.L("Ordonnance", "Prescription"), [l for l in ident.split("\n")] + rx,
                                        header=ORG_FR, footer=CLINIC_PHONES["avc"])))
    return dict(category="anticoag_pharmacy", note=ctx.L("ordonnance d'anticoagulant à la pharmacie", "anticoagulant prescription to pharmacy"),
                frm=ctx.saddr("brassard"), to=[ctx.ext(ph, "ordonnances")],
                subject=ctx.L("Ordonnance — changement antithrombotique", "Prescription - antithrombotic change"),
                blocks=blocks, attachments=attachments)


def holter_booking(ctx):
    p = ctx.pf.invented(min_age=40, max_age=85, when=ctx.today())
    d = ctx.future(2, 15)
    hr, h, m = ctx.hour()
    ctx.t("diagnosis")
    mrn = ctx.mrn(p)
    nm = ctx.name(p, ctx.choice(["upper", "full", "sur_comma"]))
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    summ = ctx.L(f"Pose Holter 14 j - {p['surname'].upper()} ({p['mrn']})", f"14-day Holter hookup - {p['surname'].upper()} ({p['mrn']})")
    desc = ctx.L(f"Patient : {nm}, dossier {mrn}. Indication : ICT cryptogénique, recherche de FA.",
                 f"Patient: {nm}, chart {mrn}. Indication: cryptogenic TIA, rule out AF.")
    ics = make_ics(f"holter-{p['mrn']}-{ctx.idx}@hrbl.example", summ, start, start + datetime.timedelta(minutes=30),
                   ctx.L("Électrophysiologie cardiaque, 2e étage", "Cardiac electrophysiology, 2nd floor"), desc,
                   organizer=(ctx.staff("aubin", False), "karine.aubin@hrbl.example"))
    blocks = [ctx.L("Bonjour,\nDemande de Holter 14 jours, invitation ci-jointe.", "Hi,\n14-day Holter request, invite attached."),
              desc, ("sig", signature("aubin", ctx.lang, "avc", short=True))]
    return dict(category="holter_booking", note=ctx.L("demande de Holter avec invitation ICS", "Holter request with ICS invite"),
                frm=ctx.saddr("aubin"), to=[(ctx.L("Électrophysiologie cardiaque", "Cardiac EP lab"), "holter@hrbl.example")],
                subject=ctx.L("Holter 14 j", "14-day Holter"), blocks=blocks,
                attachments=[att("ics", "invite.ics", ics)])


def subject_only_name(ctx):
    p = ctx.pf.invented(min_age=30, max_age=85, when=ctx.today())
    ctx.t("diagnosis", "lab_result")
    nm = ctx.name(p, ctx.choice(["title_sur", "title_full", "upper_nocomma"]))
    kind = ctx.choice([("IRM cérébrale", "brain MRI", "petit infarctus lacunaire capsulaire interne gauche, pas d'hémorragie, quelques hypersignaux de la substance blanche",
                        "small left internal capsule lacunar infarct, no haemorrhage, a few white matter hyperintensities"),
                       ("angio-TDM", "CTA", "occlusion de la vertébrale droite V4, bonne suppléance", "right vertebral V4 occlusion with good collaterals"),
                       ("écho cardiaque", "echo", "FOP avec shunt important au test aux bulles", "PFO with large shunt on bubble study")])
    subj = ctx.L(f"{nm} — {kind[0]}", f"RE: {nm} {kind[1]}")
    if ctx.lang == "fr":
        blocks = [f"Résultat reçu ce matin : {kind[2]}.",
                  "Je l'ajoute à ma clinique de mardi pour en discuter; on poursuit la double antiplaquettaire 21 jours.",
                  "A."]
    else:
        blocks = [f"Result came in this morning: {kind[3]}.",
                  "Adding to my Tuesday clinic to discuss; continue DAPT for 21 days.", "A."]
    ctx.t("medication")
    return dict(category="subject_only_name", note=ctx.L("nom seulement dans l'objet, résultat d'imagerie", "name only in subject, imaging result"),
                frm=ctx.saddr("brassard"), to=[ctx.saddr("aubin")], subject=subj, blocks=blocks, mode="plain")


TEMPLATES = [
    ("tia_referral", tia_referral, 5),
    ("tia_triage_list", tia_triage_list, 3),
    ("carotid_result", carotid_result, 4),
    ("stroke_labs", stroke_labs, 3),
    ("sign_out", sign_out, 4),
    ("discharge_summary", discharge_summary, 4),
    ("transport_request", transport_request, 3),
    ("anticoag_pharmacy", anticoag_pharmacy, 3),
    ("holter_booking", holter_booking, 3),
    ("subject_only_name", subject_only_name, 3),
]
