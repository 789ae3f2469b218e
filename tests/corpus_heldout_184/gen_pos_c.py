"""Positive templates, part C: foreign identifiers, family letters, vCard, CSV, ZIP, attached e-mail, MRN-only, discharge."""
import datetime as dt

import gen_data as D
import gen_ids as I
import gen_text as T
import gen_attach as A
import gen_mime as M
from gen_build import L, attach, finish, ga, clin_cond


def p_belgian(ctx, lang):
    F = T.Findings()
    be = dict(t_fr="Dre", t_en="Dr.", given="Els", surname="Vermeulen", role_fr="généticienne, CHR Liège-Nord",
              role_en="geneticist, CHR Liege-Nord", ext=None, email=f"els.vermeulen@{D.EXT_DOMAINS['be']}", internal=False)
    gen = T.staff(ctx, "medical geneticist")
    p = ctx.patient(lang, kind=ctx.pick(["prenatal", "adult"]), origin="be")
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"]])
    F.add("diagnosis", "lab_result")
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["fields", "line"]), extra=("niss",), mrn=False)
    lines = idb.split("\n") + ["", L(lang, f"Diagnostic : {c['fr']}", f"Diagnosis: {c['en']}"),
                               L(lang, f"Biologie moléculaire : {c['res_fr']}", f"Molecular result: {c['res_en']}"),
                               L(lang, "Suivi : consultation annuelle ; dépistage en cascade réalisé chez la mère.",
                                 "Follow-up: yearly review; cascade testing done in her mother.")]
    if lang == "fr":
        subj = ctx.pick(["Transfert de dossier — patiente installée au Québec", "Suivi génétique : relais CHR Liège-Nord",
                         "Dossier génétique (Belgique → Québec)"])
        body = (f"Cher confrère, chère consœur,\n\nNotre patiente s'installe à Trois-Rivières ce mois-ci. Avec son accord, "
                f"je vous transmets le résumé de son dossier (ci-joint) :\n\n{idb}\n\nJe reste disponible.\n\nBien confraternellement,"
                + T.sig(ctx, be, lang))
    else:
        subj = ctx.pick(["Transfer of care - patient moving to Quebec", "Genetics follow-up handover (Belgium)"])
        body = (f"Dear colleague,\n\nOur patient is moving to Trois-Rivieres this month. With her consent, please find her "
                f"summary attached:\n\n{idb}\n\nKind regards," + T.sig(ctx, be, lang))
    spec = T.new_spec(ctx, lang, T.addr(be, lang), [T.addr(gen, lang)], subj, category="transfer",
                      note=L(lang, "transfert de dossier avec NISS belge", "record transfer with Belgian NISS"))
    attach(ctx, spec, L(lang, f"résumé_{p['surname']}.pdf", f"summary_{p['surname']}.pdf"),
           A.make_pdf(L(lang, "Résumé de dossier — génétique clinique", "Clinical genetics summary"), lines,
                      author="CHR Liege-Nord", compress=ctx.chance(0.5)))
    return finish(ctx, spec, body, F=F)


def p_france(ctx, lang):
    F = T.Findings()
    fr_doc = dict(t_fr="Dr", t_en="Dr.", given="Benoît", surname="Lalonde", role_fr="génétique clinique, CHU Lyon-Sud",
                  role_en="clinical genetics, Lyon-Sud", ext=None, email=f"benoit.lalonde@{D.EXT_DOMAINS['fr']}", internal=False)
    gc = T.staff(ctx, "genetic counsellor", "medical geneticist")
    p = ctx.patient(lang, kind="adult", origin="fra")
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"]])
    F.add("diagnosis")
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["fields", "line", "paren"]), extra=("nir",), mrn=False)
    res_known = ctx.chance(0.5)
    if res_known:
        F.add("lab_result")
    if lang == "fr":
        subj = ctx.pick(["Dépistage en cascade — apparenté en France", "Analyse ciblée pour un apparenté",
                         "Demande d'analyse ciblée (variant familial)"])
        body = (f"{T.greet(ctx, fr_doc, lang)}\n\nComme convenu au téléphone, l'apparenté(e) de notre cas index souhaite être "
                f"testé(e) chez vous pour le variant familial {c['gene']} ({c['fr']}). Ses coordonnées administratives :\n\n{idb}\n\n"
                + (f"Résultat déjà obtenu en 2019 (labo privé, non accrédité) : {c['res_fr']} — à confirmer.\n\n" if res_known else "")
                + "Le rapport du cas index suit par courrier sécurisé." + T.sig(ctx, gc, lang))
    else:
        subj = ctx.pick(["Cascade testing - relative in France", "Targeted test for a relative (familial variant)"])
        body = (f"{T.greet(ctx, fr_doc, lang)}\n\nAs discussed, our index patient's relative would like targeted testing at "
                f"your centre for the familial {c['gene']} variant ({c['en']}). Administrative details:\n\n{idb}\n\n"
                + (f"A private lab result was obtained in 2019 (non-accredited): {c['res_en']} - needs confirmation.\n\n" if res_known else "")
                + "The index case report follows by secure mail." + T.sig(ctx, gc, lang))
    spec = T.new_spec(ctx, lang, T.addr(gc, lang), [T.addr(fr_doc, lang)], subj, category="cascade_testing",
                      note=L(lang, "demande d'analyse avec NIR français", "test request with French NIR"))
    return finish(ctx, spec, body, F=F)


def p_family_letter(ctx, lang):
    F = T.Findings()
    gc = T.staff(ctx, "genetic counsellor")
    p = ctx.patient(lang, kind="adult", nam=False)
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"] and x["k"] in ("brca1", "brca2", "lynch", "fh", "lqt", "hh", "marfan")])
    F.add("patient_name", "lab_result", "diagnosis")
    email = T.mailbox(p["given"], p["surname"] + str(p["dob"].year % 100), ctx.pick([D.EXT_DOMAINS["mail"], D.EXT_DOMAINS["mail2"]]))
    paras = L(lang, [
        "Madame, Monsieur,",
        f"Un variant génétique du gène {c['gene']} a été identifié dans votre famille. Ce gène est associé à la condition suivante : {c['fr']}.",
        "Vous pourriez être porteur ou porteuse de ce variant. Un test ciblé vous est offert gratuitement.",
        "Pour prendre rendez-vous : 819 555-0117.",
    ], [
        "Dear family member,",
        f"A genetic variant associated with {c['en']} has been found in your family ({c['gene']}).",
        "You may also carry this variant. Targeted testing is available at no cost.",
        "To book: 819 555-0117.",
    ])
    if ctx.chance(0.5):
        paras.append(L(lang, f"Personne de référence dans la famille : {p['given']} {p['surname']} (variant {c['gene']} confirmé).",
                       f"Family contact: {p['given']} {p['surname']} (confirmed {c['gene']} variant)."))
    nm = I.name_form(ctx, p, "title" if ctx.chance(0.6) else "full", lang)
    if lang == "fr":
        subj = ctx.pick(["Votre lettre pour la famille", "Suivi de notre rencontre", "Lettre aux apparentés"])
        body = (f"Bonjour {nm},\n\nComme convenu lors de la rencontre de divulgation, voici la lettre à remettre à vos frères, "
                f"sœurs et enfants. Votre résultat ({c['res_fr']}) n'y est pas détaillé.\n\n"
                f"N'hésitez pas à m'écrire si vous avez des questions." + T.sig(ctx, gc, lang))
    else:
        subj = ctx.pick(["Your family letter", "Following up on our visit", "Letter for relatives"])
        body = (f"Hello {nm},\n\nAs discussed at your results visit, here is the letter to share with your siblings and "
                f"children. Your own result ({c['res_en']}) is not detailed in it.\n\n"
                f"Feel free to e-mail me with any questions." + T.sig(ctx, gc, lang))
    spec = T.new_spec(ctx, lang, T.addr(gc, lang), [(f"{p['given']} {p['surname']}", email)], subj,
                      category="family_letter", note=L(lang, "courriel à la patiente avec lettre familiale",
                                                       "e-mail to patient with family letter"))
    attach(ctx, spec, L(lang, "Lettre_apparentés.docx", "family_letter.docx"),
           A.make_docx(L(lang, "Information pour les apparentés", "Information for relatives"), paras,
                       author=f"{gc['given']} {gc['surname']}"))
    return finish(ctx, spec, body, F=F)


def p_vcard(ctx, lang):
    F = T.Findings()
    clerk = T.staff(ctx, "administrative", "booking")
    gc = T.staff(ctx, "genetic counsellor", "clinical nurse")
    p = ctx.patient(lang, kind=ctx.pick(["prenatal", "adult"]), sex="F", nam=False)
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"]])
    F.add("patient_name", "patient_contact", "diagnosis")
    bday = None
    if ctx.chance(0.5):
        F.add("date_of_birth")
        bday = p["dob"].isoformat()
    note = L(lang, f"Suivi génétique — {c['fr']}. Ne pas laisser de message au travail.",
             f"Genetics follow-up - {c['en']}. Do not leave messages at work.")
    vcf = A.make_vcard(p["surname"], p["given"], tel=p["phone"], tel_type=ctx.pick(["HOME", "CELL"]),
                       adr=p["address"], note=note, bday=bday)
    if lang == "fr":
        subj = ctx.pick(["Nouvelles coordonnées patiente", "Changement d'adresse", "Coordonnées à jour"])
        body = (f"{T.greet(ctx, gc, lang)}\n\nLa patiente a déménagé ; fiche contact jointe (à importer dans Outlook). "
                f"Elle demande qu'on l'appelle seulement sur ce numéro." + T.sig(ctx, clerk, lang, "short"))
    else:
        subj = ctx.pick(["Updated patient contact", "Change of address", "New contact details"])
        body = (f"{T.greet(ctx, gc, lang)}\n\nPatient has moved; contact card attached. She asks that we only call this "
                f"number." + T.sig(ctx, clerk, lang, "short"))
    spec = T.new_spec(ctx, lang, T.addr(clerk, lang), [T.addr(gc, lang)], subj, category="contact_card",
                      note=L(lang, "fiche vCard d'une patiente", "patient vCard"))
    attach(ctx, spec, f"{p['given']} {p['surname']}.vcf", vcf, ctype="text/vcard")
    return finish(ctx, spec, body, F=F)


def p_csv(ctx, lang):
    F = T.Findings()
    coord = T.staff(ctx, "laboratory")
    gens = [T.staff(ctx, "medical geneticist"), T.staff(ctx, "genetic counsellor")]
    F.add("patient_name", "mrn", "date_of_birth", "lab_result")
    hdr = L(lang, ["No dossier", "Nom", "Prénom", "DDN", "Analyse", "Statut", "Résultat"],
            ["MRN", "Last name", "First name", "DOB", "Test", "Status", "Result"])
    rows = [hdr]
    tests = [("CFTR", L(lang, "hétérozygote F508del", "het F508del")), ("FMR1", L(lang, "prémutation 86 CGG", "premutation 86 CGG")),
             ("BRCA1/2", L(lang, "VSI BRCA2", "VUS BRCA2")), (L(lang, "Caryotype", "Karyotype"), "46,XX"),
             ("HTT", "42 CAG"), ("SMN1", L(lang, "1 copie (porteur)", "1 copy (carrier)")), ("microarray", L(lang, "en cours", "pending"))]
    for _ in range(ctx.rng.randrange(5, 10)):
        p = ctx.patient(lang, kind=ctx.pick(["adult", "prenatal", "child"]), nam=False)
        t, r = ctx.pick(tests)
        st = L(lang, "en cours", "pending") if r in ("en cours", "pending") else L(lang, "final", "final")
        rows.append([p["mrn"], p["surname"].upper(), p["given"], p["dob"].isoformat(), t, st, r])
    sep = ctx.pick([",", ";"])
    csvtext = A.make_csv(rows, sep=sep, crlf=ctx.chance(0.5))
    if lang == "fr":
        body = ("Bonjour,\n\nExtraction LIMS des analyses de la semaine (fichier CSV). Les résultats finaux non "
                "signés sont à valider avant vendredi." + T.sig(ctx, coord, lang, "short"))
        subj = "Extraction hebdo — analyses génétiques"
    else:
        body = ("Hi,\n\nWeekly LIMS export attached (CSV). Final results not yet signed need sign-off by Friday."
                + T.sig(ctx, coord, lang, "short"))
        subj = "Weekly export - genetics tests"
    spec = T.new_spec(ctx, lang, T.addr(coord, lang), [T.addr(g, lang) for g in gens], subj, category="results_export",
                      note=L(lang, "extraction CSV de résultats", "CSV results export"))
    attach(ctx, spec, L(lang, "extraction_analyses.csv", "tests_export.csv"), csvtext, ctype="text/csv",
           charset=ctx.pick(["utf-8", "utf-8", "iso-8859-1"]) if lang == "fr" else "utf-8")
    return finish(ctx, spec, body, form="plain", F=F)


def p_zip(ctx, lang):
    F = T.Findings()
    lab = T.staff(ctx, "laboratory", "cytogeneticist")
    gen = T.staff(ctx, "medical geneticist", "maternal-fetal")
    F.add("patient_name", "lab_result", "diagnosis", "mrn")
    members = []
    index = [L(lang, ["fichier", "dossier", "résultat"], ["file", "mrn", "result"])]
    for _ in range(ctx.rng.randrange(2, 4)):
        p = ctx.patient(lang, kind=ctx.pick(["prenatal", "child"]), nam=False)
        f = ctx.pick(D.PRENATAL_FINDINGS)
        name = f"{p['surname'].upper()}_{p['given']}.pdf"
        rep = [L(lang, f"Patient(e) : {p['given']} {p['surname']}", f"Patient: {p['given']} {p['surname']}"),
               L(lang, f"Dossier : {p['mrn']}", f"MRN: {p['mrn']}"), "",
               L(lang, f"Résultat : {f['kar_fr']} — {f['fr']}", f"Result: {f['kar_en']} - {f['en']}")]
        members.append((name, A.make_pdf(L(lang, "Rapport cytogénétique", "Cytogenetics report"), rep, author="LIMS",
                                         compress=ctx.chance(0.5))))
        index.append([name, p["mrn"], f["kar_fr"] if lang == "fr" else f["kar_en"]])
    members.append(("index.csv", A.make_csv(index).encode("utf-8")))
    z = A.make_zip(members)
    body = L(lang, "Bonjour,\n\nLot de rapports anormaux du mois (archive jointe, mot de passe envoyé séparément... "
                   "finalement non, le LIMS ne le permet pas). À classer au dossier." + T.sig(ctx, lab, lang, "short"),
             "Hi,\n\nBatch of this month's abnormal reports (zip attached). Please file to charts." + T.sig(ctx, lab, lang, "short"))
    spec = T.new_spec(ctx, lang, T.addr(lab, lang), [T.addr(gen, lang)],
                      L(lang, "Rapports anormaux — lot mensuel", "Abnormal reports - monthly batch"), category="report_batch",
                      note=L(lang, "archive ZIP de rapports", "ZIP archive of reports"))
    attach(ctx, spec, L(lang, "rapports_anormaux.zip", "abnormal_reports.zip"), z)
    return finish(ctx, spec, body, F=F)


def p_attached_eml(ctx, lang):
    F = T.Findings()
    obs = T.external(ctx, lang, "obs", "gmf", "gmf2")
    gc = T.staff(ctx, "genetic counsellor", "clinical nurse")
    gen = T.staff(ctx, "medical geneticist", "maternal-fetal")
    p = ctx.patient(lang, kind="prenatal")
    us = ctx.pick(L(lang, D.US_FR, D.US_EN))
    F.add("diagnosis")
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["line", "fields", "paren"]), extra=(("phone",) if ctx.chance(0.4) else ()))
    when = ctx.when()
    t0 = T.earlier(ctx, when, 3, 48)
    soc = ""
    if ctx.chance(0.4):
        F.add("social_information")
        soc = " " + ctx.pick(L(lang, D.SOCIAL_FR, D.SOCIAL_EN)).capitalize() + "."
    inner_text = L(lang, f"Bonjour,\n\nPouvez-vous voir rapidement ma patiente ?\n\n{idb}\n\n{us}. Elle est très anxieuse.{soc}\n\n"
                         f"Merci" + T.sig(ctx, obs, lang, "full"),
                   f"Hello,\n\nCould you see my patient soon?\n\n{idb}\n\n{us}. She is very anxious.{soc}\n\nThanks"
                   + T.sig(ctx, obs, lang, "full"))
    inner = T.new_spec(ctx, lang, T.addr(obs, lang), [T.addr(gc, lang)],
                       L(lang, "Demande de consultation rapide — écho anormale", "Urgent consult - abnormal ultrasound"), when=t0)
    inner["text"] = inner_text
    raw = M.render(ctx, inner, inner=True)
    body = L(lang, f"{gen['given']}, voir le courriel ci-joint. Je propose de la voir mercredi avec toi ?",
             f"{gen['given']}, see attached e-mail. Shall we see her Wednesday together?") + T.sig(ctx, gc, lang, "initials")
    spec = T.new_spec(ctx, lang, T.addr(gc, lang), [T.addr(gen, lang)],
                      L(lang, "TR: Demande de consultation rapide", "Fw: Urgent consult"), when=when,
                      category="forward_attached", note=L(lang, "courriel d'origine joint en .eml", "original e-mail attached as .eml"))
    attach(ctx, spec, ctx.pick([L(lang, "Demande de consultation.eml", "Consult request.eml"), "message.eml"]), raw,
           ctype="message/rfc822")
    return finish(ctx, spec, body, form="plain", F=F)


def p_mrn_only(ctx, lang):
    F = T.Findings()
    a = T.staff(ctx, "cytogeneticist", "biochemist", "technologist")
    b = T.staff(ctx, "medical geneticist", "resident")
    p = ctx.patient(lang, kind="adult", nam=False)
    c = ctx.pick(D.CONDITIONS)
    F.add("mrn", "lab_result", "diagnosis")
    mrn = p["mrn"]
    if ctx.chance(0.3):
        mrn = I.fullwidth(mrn)
    if lang == "fr":
        body = ctx.pick([f"Dossier {mrn} : {c['res_fr']}. {c['fr'].capitalize()} confirmé(e). Qui divulgue ?",
                         f"dossier {mrn} -> {c['gene']} positif ({c['fr']}), rapport signé ce matin",
                         f"Pour le {mrn}, résultat : {c['res_fr']}. Merci d'ajouter à la liste de divulgation."])
        subj = ctx.pick(["résultat", "à divulguer", f"dossier {mrn}", "FYI"])
    else:
        body = ctx.pick([f"MRN {mrn}: {c['res_en']}. Confirms {c['en']}. Who's disclosing?",
                         f"chart {mrn} -> {c['gene']} positive ({c['en']}), report signed this am",
                         f"Re {mrn}, result: {c['res_en']}. Please add to disclosure list."])
        subj = ctx.pick(["result", "to disclose", f"chart {mrn}", "FYI"])
    body += T.sig(ctx, a, lang, "initials")
    spec = T.new_spec(ctx, lang, T.addr(a, lang), [T.addr(b, lang)], subj, category="quick_note",
                      note=L(lang, "numéro de dossier sans nom", "chart number without name"))
    return finish(ctx, spec, body, form="plain", F=F)


def p_discharge(ctx, lang):
    F = T.Findings()
    res = T.staff(ctx, "resident", "metabolic")
    doc = T.external(ctx, lang, "gmf", "gmf2", "cisss")
    p = ctx.patient(lang, kind="child")
    c = ctx.pick([x for x in D.CONDITIONS if x["k"] in ("mcad", "tyr")])
    crisis_fr = {"mcad": "hypoglycémie hypocétotique sur gastro-entérite ; glycémie 2,1 mmol/L à l'arrivée ; ammoniémie 88 µmol/L",
                 "tyr": "crise hépatique sur arrêt de la nitisinone ; INR 2,4 ; AFP 1 850 µg/L"}[c["k"]]
    crisis_en = {"mcad": "hypoketotic hypoglycaemia with gastroenteritis; glucose 2.1 mmol/L on arrival; ammonia 88 umol/L",
                 "tyr": "liver crisis after nitisinone was stopped; INR 2.4; AFP 1850 ug/L"}[c["k"]]
    F.add("diagnosis", "lab_result", "medication")
    idb = T.ident(ctx, p, lang, F, style="fields", mrn=True)
    soc = ctx.chance(0.4)
    if soc:
        F.add("social_information")
    when = ctx.when()
    adm = T.earlier(ctx, when, 48, 200).date()
    paras = L(lang, [
        "# Identification", *idb.split("\n"),
        "# Séjour", f"Admission : {adm.isoformat()} — congé : {when.date().isoformat()}",
        f"Diagnostic principal : décompensation métabolique sur {c['fr']}",
        f"Résultats pertinents : {c['res_fr']} ; {crisis_fr}",
        "# Médication au congé", c["med_fr"], "Dextrose 10 % IV en cas de vomissements ou de jeûne (protocole d'urgence remis)",
        "# Suivi", "Clinique métabolique dans 2 semaines ; lettre d'urgence remise aux parents.",
    ] + (["Famille connue de la DPJ (signalement en 2024) ; travailleuse sociale avisée du congé."] if soc else []), [
        "# Identification", *idb.split("\n"),
        "# Stay", f"Admitted: {adm.isoformat()} - discharged: {when.date().isoformat()}",
        f"Main diagnosis: metabolic decompensation, {c['en']}",
        f"Key results: {c['res_en']}; {crisis_en}",
        "# Discharge medications", c["med_en"], "D10W if vomiting (emergency protocol given)",
        "# Follow-up", "Metabolic clinic in 2 weeks; emergency letter given to parents.",
    ] + (["Family known to child protection (report in 2024); social worker notified of discharge."] if soc else []))
    spec = T.new_spec(ctx, lang, T.addr(res, lang), [T.addr(doc, lang)],
                      L(lang, "Résumé de congé", "Discharge summary"), when=when, category="discharge",
                      note=L(lang, "résumé de congé pédiatrique", "paediatric discharge summary"))
    if ctx.chance(0.5):
        body = L(lang, f"{T.greet(ctx, doc, lang)}\n\nRésumé de congé de votre jeune patient ci-joint.",
                 f"{T.greet(ctx, doc, lang)}\n\nDischarge summary for your young patient attached.") + T.sig(ctx, res, lang)
        attach(ctx, spec, L(lang, "résumé_congé.docx", "discharge_summary.docx"),
               A.make_docx(L(lang, "Résumé de congé — pédiatrie", "Discharge summary - paediatrics"), paras,
                           author=f"{res['given']} {res['surname']}"))
        return finish(ctx, spec, body, F=F)
    text = "\n".join(x[2:].upper() if x.startswith("# ") else x for x in paras)
    body = f"{T.greet(ctx, doc, lang)}\n\n{text}" + T.sig(ctx, res, lang)
    return finish(ctx, spec, body, F=F)


TEMPLATES = [
    (p_belgian, 2), (p_france, 2), (p_family_letter, 2), (p_vcard, 2), (p_csv, 2), (p_zip, 2),
    (p_attached_eml, 2), (p_mrn_only, 2), (p_discharge, 1),
]
