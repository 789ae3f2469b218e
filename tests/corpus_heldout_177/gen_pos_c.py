"""Positive templates, part C: MS infusion clinic, driving-fitness reports, insurers,
out-of-province / foreign records, social work, and transport-heavy variants."""
import datetime
import re

from gen_common import (frn, fold, signature, CONF_FOOTER_FR, CONF_FOOTER_EN, ORG_FR, ORG_EN,
                        CLINIC_PHONES, EXT_DOMS)
from gen_ctx import att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard, make_zip
from gen_mime import build_message

MS_DRUGS = [("ocrélizumab (Ocrevus) 600 mg", "ocrelizumab (Ocrevus) 600 mg", "SEP-RR", "RRMS"),
            ("natalizumab (Tysabri) 300 mg", "natalizumab (Tysabri) 300 mg", "SEP-RR", "RRMS"),
            ("ocrélizumab 300 mg (dose fractionnée J15)", "ocrelizumab 300 mg (split dose day 15)", "SEP-PP", "PPMS"),
            ("méthylprednisolone 1 g IV", "IV methylprednisolone 1 g", "poussée SEP", "MS relapse"),
            ("IgIV 2 g/kg sur 5 j", "IVIG 2 g/kg over 5 d", "PIDC", "CIDP"),
            ("rituximab 1 g", "rituximab 1 g", "NMOSD", "NMOSD")]


def _mail(p, ctx):
    return f"{fold(p['given'])[0]}.{re.sub('[^a-z]', '', fold(p['surname']))}{ctx.rng.randint(1, 99)}@courriel.example"


def ms_infusion_booking(ctx):
    holder = ctx.rng.random() < 0.6
    p = ctx.pf.holder(lambda h: 18 <= ctx.age(h) <= 70) if holder else ctx.pf.invented(min_age=20, max_age=65, when=ctx.today())
    drug = ctx.choice(MS_DRUGS[:3])
    ctx.t("diagnosis", "medication", "lab_result")
    who = ctx.ident(p, layout=ctx.choice(["line", "labels", "pipe"])) if holder else \
        ctx.L(f"{ctx.name(p)} — dossier {ctx.mrn(p)}", f"{ctx.name(p)} — MRN {ctx.mrn(p)}")
    d = ctx.future(7, 40)
    start = datetime.datetime(d.year, d.month, d.day, 8, 0)
    dur = 4 if "600" in drug[0] else 3
    lines_fr = ["Nadia,", "Peux-tu céduler la prochaine perfusion?", who,
                f"Dx : {drug[2]}. Traitement : {drug[0]}.",
                "Prémédication : méthylprednisolone 100 mg IV, diphenhydramine 50 mg IV, acétaminophène 650 mg PO 30-60 min avant.",
                f"Sérologie VHB négative, IgG {frn(ctx.rng.randint(60, 95) / 10)} g/L, lymphocytes {frn(ctx.rng.randint(6, 18) / 10)}.",
                f"Date visée : {ctx.dday(d)} (fauteuil {dur} h).", "Merci — JL"]
    lines_en = ["Nadia,", "Can you book the next infusion?", who,
                f"Dx: {drug[3]}. Treatment: {drug[1]}.",
                "Premeds: methylprednisolone 100 mg IV, diphenhydramine 50 mg IV, acetaminophen 650 mg PO 30-60 min prior.",
                f"HBV serology negative, IgG {ctx.rng.randint(60, 95) / 10:.1f} g/L, lymphocytes {ctx.rng.randint(6, 18) / 10:.1f}.",
                f"Target date: {ctx.dday(d)} ({dur}-h chair).", "Thanks - JL"]
    atts = []
    if ctx.rng.random() < 0.5:
        summ = ctx.L(f"Perfusion {drug[0].split(' (')[0]} - {p['surname'].upper()}", f"Infusion {drug[1].split(' (')[0]} - {p['surname'].upper()}")
        ctx._rec(p["surname"].upper())
        atts.append(att("ics", "perfusion.ics" if ctx.lang == "fr" else "infusion.ics",
                        make_ics(f"inf-{ctx.idx}-{p['mrn']}@hrbl.example", summ, start, start + datetime.timedelta(hours=dur),
                                 ctx.L("Clinique de perfusion SEP, C-4210", "MS infusion clinic, C-4210"),
                                 ctx.L(f"{drug[2]} - {drug[0]}", f"{drug[3]} - {drug[1]}"),
                                 organizer=(ctx.staff("lussier", False), "johanne.lussier@hrbl.example"))))
    return dict(category="ms_infusion_booking", note=ctx.L("demande de perfusion SEP", "MS infusion booking request"),
                frm=ctx.saddr("lussier"), to=[ctx.saddr("ferland")],
                subject=ctx.L("Prochaine perfusion", "Next infusion"), blocks=lines_fr if ctx.lang == "fr" else lines_en,
                attachments=atts)


def ms_chair_list(ctx):
    d = ctx.future(1, 4)
    rows = []
    for k in range(ctx.rng.randint(4, 6)):
        p = ctx.pf.invented(min_age=20, max_age=70, when=ctx.today())
        drug = ctx.choice(MS_DRUGS)
        rows.append((f"F{k + 1}", ctx.name(p, ctx.choice(["upper", "sur_comma", "sur_first"])), ctx.choice(["08:00", "08:30", "09:00", "12:30"]),
                     drug[0] if ctx.lang == "fr" else drug[1], drug[2] if ctx.lang == "fr" else drug[3],
                     ctx.choice(ctx.L(["", "1re dose", "vérif. TA", "allergie latex", "poids à refaire"], ["", "1st dose", "check BP", "latex allergy", "re-weigh"]))))
    ctx.t("medication", "diagnosis")
    header = ctx.L(["Fauteuil", "Patient", "Arrivée", "Traitement", "Dx", "Note"], ["Chair", "Patient", "Arrival", "Treatment", "Dx", "Note"])
    blocks = [ctx.L(f"Bonjour l'équipe, voici la liste des fauteuils pour {ctx.dday(d)}.", f"Hi team, chair list for {ctx.dday(d)}.")]
    atts = []
    r = ctx.rng.random()
    if r < 0.4:
        blocks.append(("table", header, rows))
    elif r < 0.7:
        atts.append(att("xlsx", f"fauteuils_{d.isoformat()}.xlsx" if ctx.lang == "fr" else f"chairs_{d.isoformat()}.xlsx",
                        make_xlsx([("Liste", header, rows)], author="N. Ferland")))
    else:
        enc = ctx.choice(["utf-8", "cp1252"])
        atts.append(att("csv", "fauteuils.csv" if ctx.lang == "fr" else "chairs.csv", make_csv(header, rows, ";", enc),
                        charset="utf-8" if enc == "utf-8" else "windows-1252", cte=ctx.choice(["base64", "quoted-printable"])))
    blocks.append(ctx.L("Pharmacie avisée pour les préparations. Nadia", "Pharmacy notified for preps. Nadia"))
    return dict(category="ms_chair_list", note=ctx.L("liste des fauteuils de la clinique de perfusion", "infusion clinic chair list"),
                frm=ctx.saddr("ferland"), to=[("Perfusion SEP", "perfusion.sep@hrbl.example")], cc=[ctx.saddr("dagenais")],
                subject=ctx.L(f"Fauteuils {d.isoformat()}", f"Chair list {d.isoformat()}"), blocks=blocks, attachments=atts,
                mode=ctx.choice(["alt", "html", "plain"]))


def ms_labs(ctx):
    p = ctx.pf.invented(min_age=22, max_age=65, when=ctx.today())
    ctx.t("lab_result", "medication", "diagnosis")
    jcv_old = ctx.rng.randint(3, 9) / 10
    jcv = ctx.rng.randint(15, 32) / 10
    nm = ctx.name(p, ctx.choice(["title_full", "given", "upper", "full"]))
    mrn = ctx.mrn(p)
    if ctx.lang == "fr":
        orig = [f"Dre Lussier, résultat JCV de {nm} ({mrn}) reçu : index {frn(jcv)} (positif). Était {frn(jcv_old)} en mars. "
                f"Rendu(e) à 38 perfusions de Tysabri. Lymphos 2,9, AST/ALT normaux.", "Nadia"]
        reply = [f"Merci. Risque de LEMP trop élevé; on passe à l'ocrélizumab. 4 semaines de sevrage max. "
                 f"Appelle pour fixer un rendez-vous cette semaine; IRM de référence avant la 1re dose.", "JL"]
    else:
        orig = [f"Dr. Lussier, JCV result for {nm} ({mrn}) is in: index {jcv:.1f} (positive). Was {jcv_old:.1f} in March. "
                f"38 Tysabri infusions so far. Lymphs 2.9, AST/ALT normal.", "Nadia"]
        reply = ["Thanks. PML risk too high; switching to ocrelizumab. Max 4-week washout. "
                 "Please call for an appointment this week; baseline MRI before the first dose.", "JL"]
    when = ctx.earlier(1, 20)
    blocks = reply + [("quote", ctx.quote_intro("Nadia Ferland", "nadia.ferland@hrbl.example", when), orig)]
    return dict(category="ms_labs", note=ctx.L("résultat JCV et changement de traitement", "JCV result and treatment switch"),
                frm=ctx.saddr("lussier"), to=[ctx.saddr("ferland")],
                subject=ctx.L("RE: JCV", "RE: JCV result"), blocks=blocks, in_reply_to=ctx.msgid(when))


def _licence(p, ctx):
    return f"{fold(p['surname'])[0].upper()}{ctx.rng.randint(1000, 9999)}-{p['dob'].strftime('%d%m%y')}-{ctx.rng.randint(1, 9):02d}"


def driving_report(ctx):
    holder = ctx.rng.random() < 0.6
    p = ctx.pf.holder(lambda h: 17 <= ctx.age(h) <= 85) if holder else ctx.pf.invented(min_age=18, max_age=85, when=ctx.today())
    cond = ctx.choice([
        ("épilepsie", "Crise tonico-clonique généralisée le {d}. Lévétiracétam 750 mg BID débuté.", "Inapte à conduire (classe 5) pour 6 mois sans crise.",
         "Generalized tonic-clonic seizure on {d}. Levetiracetam 750 mg BID started.", "Unfit to drive (class 5) until seizure-free for 6 months.", "benali"),
        ("AVC", "AVC occipital droit le {d} avec quadranopsie supérieure gauche persistante.", "Inapte; champ visuel à refaire dans 3 mois.",
         "Right occipital stroke on {d} with persistent left upper quadrantanopia.", "Unfit; repeat visual fields in 3 months.", "brassard"),
        ("SEP", "Sclérose en plaques avec spasticité des membres inférieurs, EDSS 5,5. Baclofène 20 mg TID.", "Évaluation en ergothérapie (conduite) requise.",
         "Multiple sclerosis with lower-limb spasticity, EDSS 5.5. Baclofen 20 mg TID.", "Occupational therapy driving assessment required.", "lussier"),
    ])
    ctx.t("diagnosis", "medication" if "mg" in cond[1] else "diagnosis")
    ev = ctx.past(5, 40)
    doc_key = cond[5]
    if holder:
        idl = ctx.ident(p, layout="labels").split("\n")
    else:
        idl = [ctx.L(f"Nom : {ctx.name(p, 'upper')}", f"Name: {ctx.name(p, 'upper')}"),
               ctx.L(f"Date de naissance : {ctx.dob(p)}", f"Date of birth: {ctx.dob(p)}")]
    adr = ctx.address(p)
    lic = _licence(p, ctx)
    lines = idl + [ctx.L(f"Adresse : {adr}", f"Address: {adr}"), ctx.L(f"No de permis : {lic}", f"Licence no.: {lic}"),
                   "## " + ctx.L("Renseignements médicaux", "Medical information"),
                   (cond[1] if ctx.lang == "fr" else cond[3]).format(d=ev.isoformat()),
                   "## " + ctx.L("Recommandation du médecin", "Physician's recommendation"),
                   cond[2] if ctx.lang == "fr" else cond[4],
                   "", ctx.L(f"Médecin : {ctx.staff(doc_key)}, permis 1-{ctx.rng.randint(10000, 99999)}", f"Physician: {ctx.staff(doc_key)}, licence 1-{ctx.rng.randint(10000, 99999)}")]
    title = ctx.L("Rapport d'examen médical — aptitude à conduire", "Medical report — fitness to drive")
    if ctx.rng.random() < 0.5:
        a = att("docx", ctx.L(f"rapport_conduite_{p['surname']}.docx", f"driving_report_{p['surname']}.docx"), make_docx(title, lines, author=ctx.staff(doc_key, False)))
    else:
        a = att("pdf", ctx.L("rapport_aptitude_conduite.pdf", "fitness_to_drive.pdf"), make_pdf(title, lines, header=ORG_FR))
    blocks = [ctx.L("Madame, Monsieur,", "To whom it may concern,"),
              ctx.L("Conformément à l'article sur la déclaration des conditions médicales, veuillez trouver ci-joint le rapport "
                    "concernant la personne titulaire d'un permis identifiée dans le document.",
                    "As required for reportable medical conditions, please find attached the report regarding the licence "
                    "holder identified in the document."),
              ("sig", signature(doc_key, ctx.lang, "neuro")), ctx.L(CONF_FOOTER_FR, CONF_FOOTER_EN)]
    return dict(category="driving_report", note=ctx.L("rapport d'aptitude à conduire à l'autorité des permis", "fitness-to-drive report to licensing authority"),
                frm=ctx.saddr(doc_key), to=[ctx.ext("permis", "evaluation.medicale")],
                subject=ctx.L("Rapport médical — conduite automobile", "Medical report - driving"), blocks=blocks, attachments=[a])


def driving_letter_patient(ctx):
    p = ctx.pf.invented(min_age=18, max_age=80, when=ctx.today())
    ctx.t("diagnosis")
    adr = ctx.address(p)
    ev = ctx.past(3, 20)
    nm = ctx.name(p, "title_full")
    if ctx.lang == "fr":
        blocks = [f"{nm}\n{adr}",
                  f"Objet : conduite automobile à la suite de votre crise d'épilepsie du {ctx.dlong(ev)}",
                  f"{ctx.name(p, 'title_sur')},",
                  "Comme discuté lors de votre visite, la réglementation ne vous permet pas de conduire un véhicule pendant "
                  "au moins 6 mois après une crise. J'ai transmis le rapport requis au Bureau provincial des permis de conduire.",
                  "Continuez le lamotrigine tel que prescrit. Nous vous reverrons à la clinique d'épilepsie en avril.",
                  ("sig", signature("benali", "fr", "epi"))]
    else:
        blocks = [f"{nm}\n{adr}",
                  f"Re: driving after your seizure on {ctx.dlong(ev)}",
                  f"Dear {ctx.name(p, 'title_sur')},",
                  "As discussed at your visit, regulations do not allow you to drive for at least 6 months after a seizure. "
                  "I have sent the required report to the provincial licensing bureau.",
                  "Please keep taking lamotrigine as prescribed. We will see you at the epilepsy clinic in April.",
                  ("sig", signature("benali", "en", "epi"))]
    ctx.t("medication")
    pdf = make_pdf(ctx.L("Lettre au patient", "Letter to patient"), [l for b in blocks for l in (b if isinstance(b, str) else b[1]).split("\n")], header=ORG_FR)
    return dict(category="driving_letter_patient", note=ctx.L("lettre au patient sur l'interdiction de conduire", "letter to patient about driving restriction"),
                frm=ctx.saddr("berube"), to=[(f"{p['given']} {p['surname']}", _mail(p, ctx))],
                subject=ctx.L("Lettre de la clinique d'épilepsie", "Letter from the epilepsy clinic"),
                blocks=[ctx.L("Bonjour, veuillez trouver la lettre du Dr Benali ci-jointe (copie papier envoyée par la poste).",
                              "Hello, please find Dr. Benali's letter attached (paper copy mailed)."), ("sig", signature("berube", ctx.lang, "epi", short=True))],
                attachments=[att("pdf", ctx.L("lettre_conduite.pdf", "driving_letter.pdf"), pdf)])


def insurer_form(ctx):
    p = ctx.pf.invented(min_age=25, max_age=62, when=ctx.today())
    ctx.t("diagnosis", "medication")
    sin = ctx.sin(p)
    off = ctx.past(20, 60)
    lines = [ctx.L(f"Assuré(e) : {ctx.name(p, 'upper')}", f"Insured: {ctx.name(p, 'upper')}"),
             ctx.L(f"Date de naissance : {ctx.dob(p)}", f"Date of birth: {ctx.dob(p)}"),
             ctx.L(f"NAS : {sin}", f"SIN: {sin}"),
             ctx.L(f"No de police : BV-{ctx.rng.randint(100000, 999999)}", f"Policy no.: BV-{ctx.rng.randint(100000, 999999)}"),
             "## " + ctx.L("Déclaration du médecin traitant", "Attending physician's statement"),
             ctx.L("Diagnostic : sclérose en plaques récurrente-rémittente, poussée médullaire (myélite C4-C6).",
                   "Diagnosis: relapsing-remitting multiple sclerosis, spinal relapse (C4-C6 myelitis)."),
             ctx.L(f"Arrêt de travail depuis le {off.isoformat()}. Fatigue invalidante, troubles de l'équilibre, incapacité à "
                   "utiliser le clavier plus de 20 min.", f"Off work since {off.isoformat()}. Disabling fatigue, balance problems, "
                   "cannot type for more than 20 min."),
             ctx.L("Traitement : méthylprednisolone IV 1 g x 5 j, puis ocrélizumab.", "Treatment: IV methylprednisolone 1 g x 5 d, then ocrelizumab."),
             ctx.L("Retour progressif prévu dans 8 à 12 semaines.", "Graduated return expected in 8-12 weeks.")]
    kind = ctx.choice(["pdf", "docx"])
    title = ctx.L("Demande de prestations d'invalidité", "Disability benefits claim")
    a = att(kind, ctx.L(f"invalidite_{p['surname']}.{kind}", f"disability_claim_{p['surname']}.{kind}"),
            make_pdf(title, lines, header="Assurances Boréal Vie") if kind == "pdf" else make_docx(title, lines, author="Clinique SEP"))
    blocks = [ctx.L("Bonjour,", "Hello,"),
              ctx.L("Vous trouverez ci-joint la déclaration du médecin traitant dûment remplie pour le dossier en rubrique.",
                    "Attached is the completed attending physician's statement for the above claim."),
              ("sig", signature("lussier", ctx.lang, "sep"))]
    return dict(category="insurer_form", note=ctx.L("formulaire d'invalidité à l'assureur avec NAS", "disability form to insurer with SIN"),
                frm=ctx.saddr("lussier"), to=[ctx.ext("insurer", "reclamations")],
                subject=ctx.L(f"Déclaration du médecin - {p['surname']}", f"Physician statement - {p['surname']}"), blocks=blocks, attachments=[a])


def ontario_referral(ctx):
    p = ctx.pf.invented(origin="on", min_age=20, max_age=80, when=ctx.today())
    ctx.t("diagnosis", "medication")
    hn = ctx.ohip(p)
    dx = ctx.choice([("temporal lobe epilepsy, drug-resistant", "Carbamazepine 400 mg BID, clobazam 10 mg qhs", "Epilepsy clinic"),
                     ("relapsing MS on dimethyl fumarate", "Dimethyl fumarate 240 mg BID", "MS clinic"),
                     ("recurrent TIAs, 60% right ICA stenosis", "Clopidogrel 75 mg, atorvastatin 40 mg", "Stroke prevention clinic")])
    nm = ctx.name(p, ctx.choice(["title_full", "full", "upper"]))
    dob, adr, tel = ctx.dob(p), ctx.address(p), ctx.phone(p)
    if ctx.lang == "en":
        blocks = ["Dear colleague,",
                  f"I am referring {nm} (DOB {dob}, Ontario HCN {hn}), who is moving to "
                  f"your area next month, for ongoing care in your {dx[2]}.",
                  f"Diagnosis: {dx[0]}.\nCurrent medication: {dx[1]}.\nNew address: {adr}; phone {tel}.",
                  "Clinic notes and the last MRI report are attached. Please do not hesitate to call.",
                  "Regards,\nDr. Helen Forsythe\nNeurology, Kenmore Valley General Hospital\n(613) 555-0177"]
    else:
        blocks = ["Chère collègue, cher collègue,",
                  f"Je vous adresse {nm} (DDN {dob}, carte santé de l'Ontario {hn}), "
                  f"qui déménage dans votre région, pour la poursuite du suivi à votre clinique.",
                  f"Diagnostic : {dx[0]}.\nMédication actuelle : {dx[1]}.\nNouvelle adresse : {adr}; tél. {tel}.",
                  "Notes de consultation jointes. N'hésitez pas à m'appeler.",
                  "Cordialement,\nDre Helen Forsythe\nNeurologie, Kenmore Valley General Hospital\n(613) 555-0177"]
    pdf = make_pdf("Clinic note / Note de consultation", [l for b in blocks[1:3] for l in b.split("\n")], header="Kenmore Valley General Hospital")
    return dict(category="ontario_referral", note=ctx.L("référence d'Ontario avec numéro de carte santé", "Ontario referral with health card number"),
                frm=("Dr. Helen Forsythe", "hforsythe@kvgh.example"), to=[(ctx.L("Neurologie HRBL", "HRBL Neurology"), "neurologie@hrbl.example")],
                subject=ctx.L("Transfert de suivi neurologique", "Transfer of neurology care"), blocks=blocks,
                attachments=[att("pdf", "clinic_note.pdf", pdf)] if ctx.rng.random() < 0.6 else [])


def belgian_records(ctx):
    p = ctx.pf.invented(origin="be", min_age=22, max_age=60, when=ctx.today())
    ctx.t("diagnosis", "medication", "lab_result")
    niss = ctx.niss(p)
    nm = ctx.name(p, ctx.choice(["upper", "title_full", "sur_first"]))
    dob = ctx.dob(p, ctx.choice(["dmy", "dotted", "long"]))
    if ctx.lang == "fr":
        blocks = ["Chère Consœur,",
                  f"Suite à votre demande, voici le résumé du dossier de {nm}, née/né le {dob}, NISS {niss}, "
                  "qui s'est installé(e) au Québec.",
                  "SEP récurrente-rémittente diagnostiquée en 2016 (critères de McDonald). Fingolimod 2017-2022, arrêté pour "
                  "lymphopénie (0,3 x 10^9/L). Ocrélizumab depuis 2022, dernière perfusion il y a 5 mois.",
                  "IRM 2024 : pas de nouvelle lésion T2, aucune prise de contraste. EDSS 2,0.",
                  "Bien confraternellement,\nDr Luc Verhaegen\nService de neurologie, Centre hospitalier de la Sambre-Haute"]
    else:
        blocks = ["Dear colleague,",
                  f"As requested, here is the summary for {nm}, born {dob}, Belgian national number (NISS) {niss}, now living in Quebec.",
                  "Relapsing-remitting MS diagnosed 2016 (McDonald criteria). Fingolimod 2017-2022, stopped for lymphopenia "
                  "(0.3 x 10^9/L). Ocrelizumab since 2022, last infusion 5 months ago.",
                  "MRI 2024: no new T2 lesions, no enhancement. EDSS 2.0.",
                  "Kind regards,\nDr Luc Verhaegen\nNeurology, Centre hospitalier de la Sambre-Haute"]
    atts = []
    if ctx.rng.random() < 0.5:
        atts.append(att("pdf", ctx.L("resume_dossier.pdf", "record_summary.pdf"),
                        make_pdf(ctx.L("Résumé de dossier", "Record summary"), [l for b in blocks[1:4] for l in b.split("\n")],
                                 header="Centre hospitalier de la Sambre-Haute")))
    return dict(category="belgian_records", note=ctx.L("résumé de dossier d'un hôpital belge avec NISS", "Belgian hospital record summary with NISS"),
                frm=("Dr Luc Verhaegen", "luc.verhaegen@chsh.example"), to=[ctx.saddr("lussier")],
                subject=ctx.L("Transfert de dossier SEP", "MS record transfer"), blocks=blocks, attachments=atts)


def french_records(ctx):
    p = ctx.pf.invented(origin="fra", min_age=18, max_age=70, when=ctx.today())
    ctx.t("diagnosis", "medication")
    nir = ctx.nir(p)
    nm = ctx.name(p, ctx.choice(["upper", "upper_nocomma", "title_full"]))
    if ctx.lang == "fr":
        blocks = ["Cher confrère,",
                  f"Je vous adresse le compte rendu concernant {nm}, né(e) le {ctx.dob(p, 'dmy')}, n° de sécurité sociale {nir}.",
                  "Épilepsie généralisée idiopathique (myoclonies matinales, 2 crises tonico-cloniques). EEG : polypointes-ondes "
                  "généralisées. Traitement : lévétiracétam 1000 mg x 2/j, bien toléré. Dernière crise il y a 14 mois.",
                  "Le/la patient(e) s'installe à Belmont-sur-Lac pour ses études.",
                  "Confraternellement,\nDr Agnès Morvan\nUnité d'épileptologie, CHU de Montclair-sur-Loire"]
    else:
        blocks = ["Dear colleague,",
                  f"Please find the summary for {nm}, born {ctx.dob(p, 'dmy')}, French social security no. (NIR) {nir}.",
                  "Idiopathic generalized epilepsy (morning myoclonus, 2 tonic-clonic seizures). EEG: generalized polyspike-wave. "
                  "Levetiracetam 1000 mg twice daily, well tolerated. Last seizure 14 months ago.",
                  "Moving to Belmont-sur-Lac for university.",
                  "Best regards,\nDr Agnès Morvan\nEpileptology unit, CHU de Montclair-sur-Loire"]
    return dict(category="french_records", note=ctx.L("compte rendu d'un CHU français avec NIR", "French university hospital summary with NIR"),
                frm=("Dr Agnès Morvan", "agnes.morvan@chu-montclair.example"), to=[ctx.saddr("benali")],
                subject=ctx.L("Compte rendu — suivi épilepsie", "Summary - epilepsy follow-up"), blocks=blocks)


def social_work(ctx):
    p = ctx.pf.invented(min_age=28, max_age=70, when=ctx.today())
    ctx.t("social_information", "diagnosis")
    sc = ctx.choice([
        ("chauffeur de camion, a perdu son permis après la crise du mois dernier puis son emploi; demande d'aide sociale en cours, loyer en retard de 2 mois",
         "truck driver who lost the licence after last month's seizure and then the job; income support application in progress, rent two months behind"),
        ("AVC avec aphasie; conjointe aidante épuisée, signes de violence verbale rapportés par la fille; évaluation de la sécurité à domicile demandée",
         "stroke with aphasia; exhausted spouse caregiver, verbal abuse reported by the daughter; home safety assessment requested"),
        ("SEP progressive, vit seul(e) au 3e étage sans ascenseur, en attente de logement social adapté, revenu de la Solidarité sociale seulement",
         "progressive MS, lives alone on a 3rd floor walk-up, waiting for adapted social housing, on social assistance only"),
    ])
    nm = ctx.name(p, ctx.choice(["title_full", "upper", "full"]))
    tel = ctx.phone(p) if ctx.rng.random() < 0.6 else None
    extra = ctx.L(f" Joignable au {tel}.", f" Reachable at {tel}.") if tel else ""
    if "sociale" in sc[0] and ctx.rng.random() < 0.7:
        sn = ctx.sin(p)
        extra += ctx.L(f" NAS pour le dossier d'aide financière : {sn}.", f" SIN for the income support file: {sn}.")
    blocks = [ctx.L("Bonjour,", "Hello,"),
              ctx.L(f"Je vous réfère {nm}, dossier {ctx.mrn(p)} : {sc[0]}.{extra}",
                    f"Referring {nm}, chart {ctx.mrn(p)}: {sc[1]}.{extra}"),
              ctx.L("Pourriez-vous assurer le suivi psychosocial dans la communauté? Je reste disponible.",
                    "Could you take over psychosocial follow-up in the community? I remain available."),
              ("sig", signature("ouimet", ctx.lang, "neuro"))]
    return dict(category="social_work", note=ctx.L("référence en travail social vers le CLSC", "social work referral to community clinic"),
                frm=ctx.saddr("ouimet"), to=[ctx.ext("clsc", "accueil.social")],
                subject=ctx.L("Référence psychosociale", "Psychosocial referral"), blocks=blocks)


def youth_protection(ctx):
    p = ctx.pf.holder(lambda h: ctx.age(h) < 18)
    ctx.t("social_information", "diagnosis", "medication")
    ident = ctx.ident(p, layout=ctx.choice(["labels", "line"]))
    blocks = [ctx.L("Bonjour,", "Hello,"),
              ctx.L("Signalement de suivi concernant l'enfant suivant(e), déjà connu(e) de vos services :",
                    "Follow-up report regarding the following child, already known to your services:"),
              ident,
              ctx.L("Épilepsie focale sous oxcarbazépine 300 mg BID. Trois visites à l'urgence en un mois pour crises prolongées; "
                    "taux sérique indétectable à deux reprises. La mère dit ne pas avoir les moyens de payer les médicaments et le "
                    "père n'a pas respecté le plan de sécurité (enfant laissé seul au bain).",
                    "Focal epilepsy on oxcarbazepine 300 mg BID. Three ED visits in one month for prolonged seizures; drug level "
                    "undetectable twice. Mother says she cannot afford the medication and the father did not follow the safety plan "
                    "(child left alone in the bath)."),
              ctx.L("Nous demandons une évaluation rapide.", "We request a prompt assessment."),
              ("sig", signature("ouimet", ctx.lang, "epi"))]
    return dict(category="youth_protection", note=ctx.L("signalement aux services de protection de l'enfance", "report to child protection services"),
                frm=ctx.saddr("ouimet"), to=[ctx.ext("dpj", "signalements")], cc=[ctx.saddr("benali")],
                subject=ctx.L("Signalement — suivi", "Child protection report - follow-up"), blocks=blocks)


def vcard_contact(ctx):
    p = ctx.pf.invented(min_age=22, max_age=60, when=ctx.today())
    ctx.t("patient_contact", "diagnosis", "medication", "patient_name")
    ctx._rec(p["surname"])
    note = ctx.L("SEP-RR, début ofatumumab (Kesimpta) 20 mg SC - enseignement à domicile",
                 "RRMS, starting ofatumumab (Kesimpta) 20 mg SC - home teaching")
    vcf = make_vcard(p["given"], p["surname"], tel=p["phone"], cell=p["cell"], adr=p["address"], note=note)
    blocks = [ctx.L("Bonjour,\nNouvelle référence pour l'enseignement des injections; coordonnées dans la carte jointe. "
                    "Première dose prévue la semaine prochaine.",
                    "Hi,\nNew referral for injection teaching; contact details in the attached card. First dose planned next week."),
              ("sig", signature("ferland", ctx.lang, "sep", short=True))]
    return dict(category="vcard_contact", note=ctx.L("coordonnées du patient en vCard pour soins à domicile", "patient contact vCard for home care"),
                frm=ctx.saddr("ferland"), to=[ctx.ext("infirm", "coordination")],
                subject=ctx.L("Nouvelle référence Kesimpta", "New Kesimpta referral"), blocks=blocks,
                attachments=[att("vcf", f"{p['surname']}_{p['given']}.vcf", vcf, rfc2231=ctx.rng.random() < 0.5)])


def zip_results(ctx):
    p = ctx.pf.invented(min_age=20, max_age=80, when=ctx.today())
    ctx.t("lab_result", "diagnosis", "medication", "patient_name")
    mrn = ctx.mrn(p, "plain")
    nm = ctx.name(p, "upper")
    eeg = make_pdf(ctx.L("Rapport EEG", "EEG report"), [nm, f"MRN {mrn}",
                   ctx.L("Pointes temporales droites intermittentes. Conclusion : épilepsie focale probable.",
                         "Intermittent right temporal spikes. Impression: probable focal epilepsy.")], header=ORG_FR)
    meds = make_csv(ctx.L(["Médicament", "Dose", "Début"], ["Drug", "Dose", "Start"]),
                    [("lacosamide", "100 mg BID", "2024-11-02"), ("clobazam", "10 mg HS", "2025-01-10")])
    z = make_zip([(f"{p['surname']}_EEG.pdf", eeg), ("medication.csv", meds)])
    blocks = [ctx.L("Bonjour, tel que demandé pour le transfert, les documents sont dans l'archive.",
                    "Hello, as requested for the transfer, the documents are in the archive."),
              ("sig", signature("berube", ctx.lang, "neuro", short=True))]
    return dict(category="zip_results", note=ctx.L("archive ZIP de rapports pour transfert", "ZIP archive of reports for transfer"),
                frm=ctx.saddr("berube"), to=[ctx.ext("ontario", "health.records")],
                subject=ctx.L("Documents demandés", "Requested documents"), blocks=blocks,
                attachments=[att("zip", f"dossier_{mrn}.zip", z)])


def forwarded_eml(ctx):
    p = ctx.pf.invented(min_age=22, max_age=65, when=ctx.today())
    ctx.t("diagnosis", "medication", "patient_contact")
    when = ctx.earlier(3, 30)
    pmail = _mail(p, ctx)
    full = ctx.name(p, "full")
    tel = ctx.phone(p, "cell")
    if ctx.lang == "fr":
        inner_blocks = ["Bonjour,", "Depuis 3 jours j'ai la vision embrouillée de l'œil droit avec de la douleur quand je bouge l'œil, "
                        "et des engourdissements dans la jambe gauche. Ma dernière perfusion d'Ocrevus était en septembre. "
                        "Est-ce que je dois aller à l'urgence?", f"Merci,\n{full}\n{tel}"]
        subj_in = "question - vision"
    else:
        inner_blocks = ["Hello,", "For 3 days my right eye has been blurry and hurts when I move it, and my left leg is numb. "
                        "My last Ocrevus infusion was in September. Should I go to the ER?", f"Thank you,\n{full}\n{tel}"]
        subj_in = "question - vision"
    inner_spec = dict(frm=(full, pmail), to=[("Clinique SEP", "clinique.sep@hrbl.example")], subject=subj_in, date=when,
                      msgid=ctx.msgid(when), blocks=inner_blocks, lang=ctx.lang)
    ctx._rec(full)
    inner, _ = build_message({**inner_spec, "from": inner_spec["frm"]},
                             {"mode": "plain", "charset": "utf-8", "cte": ctx.choice(["8bit", "quoted-printable"]),
                              "crlf": False, "boundary": f"inner{ctx.idx}"})
    blocks = [ctx.L("Dre Lussier, message reçu sur la boîte de la clinique (ci-joint). Poussée probable? Je la rappelle?",
                    "Dr. Lussier, this came into the clinic inbox (attached). Probable relapse? Should I call back?"),
              ("sig", signature("ferland", ctx.lang, "sep", short=True))]
    return dict(category="forwarded_eml", note=ctx.L("courriel de patient joint en message/rfc822", "patient e-mail attached as message/rfc822"),
                frm=ctx.saddr("ferland"), to=[ctx.saddr("lussier")], subject=ctx.L("TR: question - vision", "Fwd: question - vision"),
                blocks=blocks, attachments=[att("eml", "question - vision.eml", inner, cte="8bit")])


def mrn_only(ctx):
    p = ctx.pf.invented(min_age=20, max_age=80, when=ctx.today())
    ctx.t("diagnosis", "lab_result")
    m = ctx.mrn(p, ctx.choice(["plain", "H", "spaced", "fullwidth"]))
    blocks = [ctx.L(f"Dossier {m} : l'IRM d'hier montre 3 nouvelles lésions rehaussées (dont une médullaire C3). "
                    "SEP active sous fumarate. On devance le rendez-vous et on discute d'un changement pour natalizumab.",
                    f"Chart {m}: yesterday's MRI shows 3 new enhancing lesions (one spinal at C3). Active MS on fumarate. "
                    "Moving the appointment up and discussing a switch to natalizumab."),
              "JL"]
    ctx.t("medication")
    return dict(category="mrn_only", note=ctx.L("numéro de dossier seulement, résultat d'IRM", "chart number only, MRI result"),
                frm=ctx.saddr("lussier"), to=[ctx.saddr("berube")], subject=ctx.L("devancer RV", "move appt up"),
                blocks=blocks, mode="plain")


TEMPLATES = [
    ("ms_infusion_booking", ms_infusion_booking, 4),
    ("ms_chair_list", ms_chair_list, 3),
    ("ms_labs", ms_labs, 4),
    ("driving_report", driving_report, 4),
    ("driving_letter_patient", driving_letter_patient, 3),
    ("insurer_form", insurer_form, 3),
    ("ontario_referral", ontario_referral, 3),
    ("belgian_records", belgian_records, 3),
    ("french_records", french_records, 3),
    ("social_work", social_work, 4),
    ("youth_protection", youth_protection, 3),
    ("vcard_contact", vcard_contact, 2),
    ("zip_results", zip_results, 2),
    ("forwarded_eml", forwarded_eml, 3),
    ("mrn_only", mrn_only, 2),
]
