"""Confidential messages in French (part 1)."""
import datetime as dt
import html as H

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_clin import (DEVICE_DX, HF_DX, PED_DX, SOCIAL_FR, alert_text, echo_text, holter_text, labs,
                      meds, rehab_values, REHAB_FR)
from gen_common import (ADDR, CISSS, CLINICS, DOM, ORG_FR, ORG_SHORT, fold, fmt_date, luhn_serial,
                        make_niss, make_nir, make_sin, signature, staff_display, staff_email)
from gen_ctx import EXT_MD, PHARMACIES, today, Ctx, Rec, spec, to_patient

L = "fr"
VENDORS = ["Cardionyx", "Veltrano Medical", "Stimtek"]
MODELS = {"CRT-D": "Vireo X4 CRT-D", "DCI": "Sentra VR", "stimulateur": "Pulsa DR MRI"}


def d(rng, lo=2, hi=40):
    return today() + dt.timedelta(days=rng.randrange(lo, hi))


def p_referral(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    md = ctx.pick(EXT_MD[:4])
    dx = ctx.pick(HF_DX)[0]
    lb = labs(rng, L)
    rx = meds(rng, L, 4)
    age = p.age(today())
    idb = rec.idblock(p, rng.randrange(4), nam_style=ctx.pick(["plain", "spaced", "dashed", "lower"]),
                      dob_style=ctx.pick(["iso", "dmy", "dmy_dash"]))
    tel = f"\nTél. domicile : {rec.phone(p)}" if ctx.chance(0.6) else ""
    qui = "la" if p.sex == "F" else "le"
    text = (f"Bonjour,\n\nJe vous réfère {rec.name(p, 'title')}, {age} ans, pour prise en charge à la "
            f"clinique d'insuffisance cardiaque.\n\n{idb}{tel}\n\n"
            f"Motif : {dx}. Dyspnée NYHA III, orthopnée à 2 oreillers, prise de poids de "
            f"{rng.randrange(2, 6)} kg en 10 jours malgré l'ajustement du diurétique.\n"
            f"Bilan du {fmt_date(today() - dt.timedelta(days=rng.randrange(2, 9)), 'dmy')} : {', '.join(lb[:4])}.\n\n"
            "Médication actuelle :\n" + "\n".join(f"- {m}" for m in rx) +
            f"\n\nMerci de {qui} convoquer dès que possible; je reste disponible au besoin.\n\n"
            f"{md[0]}\n{md[2]}\nTél. : {md[3]}")
    rec.t("diagnosis", "lab_result", "medication")
    return spec("referral", L, f"Référence clinique IC – {p.surname.upper()} {p.given}", (md[0], md[1]),
                [("Clinique d'insuffisance cardiaque", f"clinique.ic@{DOM}")], text, rec,
                "GP referral to heart-failure clinic with identification block")


def p_remote_alert(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient() if ctx.chance(0.6) else ctx.nam_adult()
    kind = ctx.pick(["CRT-D", "DCI", "stimulateur"])
    vendor = ctx.pick(VENDORS)
    sn = luhn_serial(rng, 9, ctx.pick("2345"))
    al, cls = alert_text(rng, L)
    rec.t("diagnosis" if cls == "diag" else "lab_result")
    when = f"{fmt_date(today() - dt.timedelta(days=1), 'iso')} {rng.randrange(0, 24):02d}:{rng.randrange(60):02d}"
    nurse = ctx.staff("infirmière")
    ep = ctx.staff("électrophysiologiste")
    nm = rec.name(p, "upper_comma")
    mrn = rec.mrn(p, ctx.pick(["prefixed", "plain", "dashed", "fullwidth"]))
    prio = ctx.pick(["ROUGE", "JAUNE"])
    rows = [("Patient", nm), ("No de dossier", mrn), ("Appareil", f"{vendor} {MODELS[kind]} ({kind})"),
            ("No de série", sn), ("Transmission", when), ("Alerte", al), ("Priorité", prio)]
    table_txt = "\n".join(f"{k:<15}: {v}" for k, v in rows)
    if ctx.chance(0.5):
        text = (f"VigiCœur – Notification automatique\n\n{table_txt}\n\n"
                "Connectez-vous au portail VigiCœur pour consulter l'EGM complet.\n"
                "Ne pas répondre à ce message.")
        html = ("<html><body style='font-family:Arial'><h3>VigiCœur – Notification automatique</h3>"
                "<table border='1' cellpadding='4' style='border-collapse:collapse'>" +
                "".join(f"<tr><td><b>{H.escape(k)}</b></td><td>{H.escape(v)}</td></tr>" for k, v in rows) +
                "</table><p style='color:#777'>Connectez-vous au portail VigiCœur pour consulter l'EGM complet."
                "<br>Ne pas répondre à ce message.</p></body></html>\n")
        return spec("remote_alert", L, f"[VigiCœur] Alerte {prio.lower()} – {kind} – {nm}",
                    ("VigiCœur Notifications", "no-reply@vigicoeur.example"),
                    [("Clinique des dispositifs", f"dispositifs@{DOM}")], text, rec,
                    "automatic remote-monitoring alert for an implanted device", html=html,
                    layout=ctx.pick(["html", "alt"]))
    text = (f"{ep[0]},\n\nPeux-tu regarder la transmission de cette nuit? "
            f"{'Elle' if p.sex == 'F' else 'Il'} est asymptomatique au téléphone ce matin mais je préfère "
            "ton avis avant de rappeler.\n\n"
            f"> {table_txt.replace(chr(10), chr(10) + '> ')}\n\nMerci!\n{nurse[0]}\n\n"
            + signature(nurse, "device", L))
    return spec("remote_alert", L, f"TR: alerte {kind} {p.surname} – à revoir", ctx.mb(nurse), [ctx.mb(ep)],
                text, rec, "nurse forwards a device alert to the electrophysiologist")


def p_echo(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    tech = ctx.staff("échographie")
    md = ctx.staff("cardiologue")
    findings, ef = echo_text(rng, L)
    exam = d(rng, -6, -1)
    idb = rec.idblock(p, rng.randrange(4), nam_style=ctx.pick(["plain", "spaced"]), mrn=True)
    lines = [ORG_FR, CLINICS["echo"][0], "", *idb.split("\n"), "",
             f"Examen : échographie transthoracique du {fmt_date(exam, 'long_fr')}",
             f"Indication : suivi {ctx.pick(HF_DX)[0]}", "", "Résultats :", findings, "",
             f"Conclusion : FEVG {ef} %. " + ("Dysfonction VG sévère, aviser le médecin traitant." if ef <= 30
                                             else "Comparativement à l'examen antérieur, légère amélioration."),
             "", f"Interprété par : {staff_display(md)}", f"Technologue : {staff_display(tech, False)}"]
    pdf = make_pdf("Rapport d'échocardiographie", lines)
    fn = f"Échographie_{p.surname.upper()}_{p.given[0]}_{exam.strftime('%Y%m%d')}.pdf"
    rec.names.append(p.surname.upper())
    rec.t("diagnosis", "lab_result")
    text = (f"Bonjour {md[3]} {md[1]},\n\nVoici le rapport de l'ETT faite "
            f"{ctx.pick(['ce matin', 'hier', 'lundi'])}. FEVG nettement abaissée, je vous le transmets "
            "avant la signature finale comme demandé.\n\nBonne journée,\n" + signature(tech, "echo", L))
    return spec("echo_result", L, ctx.pick(["Rapport ETT à signer", "ETT – rapport préliminaire", "Écho du jour"]),
                ctx.mb(tech), [ctx.mb(md)], text, rec, "preliminary echo report attached as PDF",
                attachments=[{"kind": "pdf", "filename": fn, "data": pdf}])


def p_holter(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    child = ctx.chance(0.25)
    p = ctx.nam_child() if child else ctx.patient()
    tech = ctx.staff("électrophysiologie")
    md = ctx.staff("cardiologue", "électrophysiologiste")
    res = holter_text(rng, L)
    style = ctx.pick(["upper_comma", "initial", "sur_first"])
    nm = rec.name(p, style)
    if child:
        extra = (f"\n\nPatient(e) pédiatrique suivi(e) pour {ctx.pick(PED_DX)[0]}. "
                 f"DDN {rec.dob(p, 'dmy')}, sexe {p.sex}, NAM {rec.nam(p, ctx.pick(['plain', 'wide', 'dotted']))}.")
    else:
        extra = ""
    text = (f"Holter 48 h installé le {fmt_date(d(rng, -10, -4), 'dmy')}.\n\n{res}{extra}\n\n"
            "Lecture préliminaire, à confirmer par le cardiologue. Rapport complet dans le dossier "
            "électronique ce soir.\n\n" + signature(tech, "holter", L))
    rec.t("diagnosis", "lab_result")
    return spec("holter_result", L, f"Holter – {nm}", ctx.mb(tech), [ctx.mb(md)], text, rec,
                "Holter preliminary reading, patient named in Subject")


def p_census(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    res = ctx.staff("résident")
    to = ctx.staff("cardiologue")
    rows = []
    styles = ["upper_comma", "title_sur", "lower", "comma", "initial", "sur_first"]
    for i in range(rng.randrange(5, 8)):
        p = ctx.patient()
        nm = rec.name(p, styles[i % len(styles)])
        room = f"4{rng.randrange(0, 3)}{rng.randrange(0, 10)}-{ctx.pick('AB')}"
        dx = ctx.pick(HF_DX + DEVICE_DX)[0]
        lb = labs(rng, L)
        todo = ctx.pick([f"{lb[0]} ce soir, refaire à 6 h", f"Lasix IV 80 BID, bilan I/E strict",
                         "écho demandée, pas encore faite", f"{lb[1]}, garder spiro en suspens",
                         "interrogation DCI demain AM", "congé prévu si poids stable", "NPO minuit pour coronaro"])
        rows.append((room, nm, dx, todo))
        if any(k in todo for k in ("K+", "créat")):
            rec.t("lab_result")
        if any(k in todo for k in ("Lasix", "spiro")):
            rec.t("medication")
    rec.t("diagnosis")
    text = (f"Liste de départ 4e Nord – {fmt_date(today(), 'dmy')} (garde de nuit)\n\n" +
            "\n".join(f"{r[0]:<7} {r[1]:<24} {r[2]} — {r[3]}" for r in rows) +
            f"\n\nRien d'autre à signaler. Bonne nuit!\n{res[0]}")
    html = ("<html><body><p>Liste de départ 4e Nord – " + fmt_date(today(), "dmy") + " (garde de nuit)</p>"
            "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Ch.</th><th>Patient</th><th>Dx</th>"
            "<th>À faire / surveiller</th></tr>" +
            "".join("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>" for r in rows) +
            f"</table><p>Rien d'autre à signaler. Bonne nuit!<br>{H.escape(res[0])}</p></body></html>\n")
    return spec("census", L, "Liste de départ 4N", ctx.mb(res), [ctx.mb(to)], text, rec,
                "overnight sign-out list of ward patients", html=html, layout=ctx.pick(["html", "alt"]))


def p_booking_ics(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    agent = ctx.staff("agente", "secrétaire")
    ep = ctx.staff("électrophysiologiste")
    dx = ctx.pick(DEVICE_DX)[0]
    day = d(rng, 5, 30)
    start = dt.datetime.combine(day, dt.time(ctx.pick([8, 10, 13]), 0))
    nm = rec.name(p, "upper_comma")
    mrn = rec.mrn(p, "prefixed")
    dob = rec.dob(p, "iso")
    nam = rec.nam(p, "plain")
    desc = (f"Patient : {nm} ({p.sex}) – DDN {dob} – NAM {nam} – dossier {mrn}\n"
            f"Indication : {dx}\nCesser apixaban 48 h avant. À jeun dès minuit. Accompagnateur requis.")
    ics = make_ics(f"ep-{p.mrn}@{DOM}", start, start + dt.timedelta(hours=2),
                   f"Implantation – {nm}", desc, "Salle d'électrophysiologie 2, Pavillon Lacasse-Dion",
                   f"agenda.ep@{DOM}", [staff_email(ep)])
    rec.t("diagnosis", "medication")
    text = (f"Bonjour,\n\nVoici la réservation de la salle EP pour l'implantation. Le patient a été avisé "
            f"par téléphone des consignes (apixaban, jeûne).\n\nMerci,\n{agent[0]} {agent[1]}\n"
            f"{CLINICS['device'][0]}")
    return spec("booking", L, f"Réservation salle EP {fmt_date(day, 'dmy')}", ctx.mb(agent),
                [ctx.mb(ep), ("Salle EP", f"salle.ep@{DOM}")], text, rec,
                "EP lab booking with calendar invitation naming the patient",
                attachments=[{"kind": "ics", "filename": "invitation.ics", "data": ics,
                              "ctype_params": ['method="REQUEST"']}])


def p_transport(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    nurse = ctx.staff("kinésiologue", "infirmière", "coordonnatrice")
    nm = rec.name(p, ctx.pick(["title", "full", "upper_comma"]))
    o2 = ctx.pick(["Oxygène 2 L/min au besoin", "Marchette, pas de fauteuil roulant", "Ne peut monter d'escalier seul(e)"])
    text = (f"Bonjour,\n\nDemande de transport adapté pour {nm}, inscrit(e) au programme de réadaptation "
            f"cardiaque ({ctx.pick(HF_DX)[0]}).\n\n"
            f"Adresse de prise en charge : {rec.addr(p)}\n"
            f"Téléphone : {rec.phone(p)}\n"
            f"Séances : lundi, mercredi et vendredi, arrivée 8 h 45, retour vers 11 h 15, du "
            f"{fmt_date(d(rng, 3, 12), 'long_fr')} pour 12 semaines.\n"
            f"Particularités : {o2}.\n\nMerci de confirmer la prise en charge.\n\n"
            + signature(nurse, "rehab", L))
    rec.t("diagnosis")
    return spec("transport", L, "Demande de transport adapté – réadaptation cardiaque", ctx.mb(nurse),
                [("Transport adapté des Monts", "reservations@transport-adapte-monts.example")], text, rec,
                "adapted-transport request with patient's home address")


def p_pharmacy(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    md = ctx.staff("cardiologue", "infirmière praticienne")
    ph = ctx.pick(PHARMACIES[:2])
    rx = meds(rng, L, 3)
    idb = rec.idblock(p, rng.randrange(4), nam_style=ctx.pick(["plain", "dashed", "dotted"]),
                      dob_style=ctx.pick(["dmy", "iso", "ymd_slash"]))
    chg = ctx.pick(["Augmenter Entresto à 97/103 mg BID (anciennement 49/51).",
                    "Cesser ramipril; débuter Entresto 24/26 mg BID 36 h après la dernière dose.",
                    "Diminuer furosémide à 40 mg DIE, poids stable.",
                    "Ajout de dapagliflozine 10 mg DIE."])
    body = (f"{idb}\n\nDx : {ctx.pick(HF_DX)[0]}\n\nModification : {chg}\n\nOrdonnance complète :\n" +
            "\n".join(f"  {i + 1}. {m}  — 30 jours, 3 renouvellements" for i, m in enumerate(rx)))
    rec.t("diagnosis", "medication")
    sig = signature(md, "ic", L)
    if ctx.chance(0.5):
        pdf = make_pdf("Ordonnance", [ORG_FR, CLINICS["ic"][0], ""] + body.split("\n") +
                       ["", f"Prescripteur : {staff_display(md)}", "Licence : 1-23456"])
        text = (f"Bonjour,\n\nVeuillez trouver ci-joint l'ordonnance modifiée pour votre client(e) "
                f"{rec.name(p, 'title_sur')}. L'original suit par télécopieur.\n\n" + sig)
        return spec("prescription", L, "Ordonnance modifiée", ctx.mb(md), [(ph[0], ph[1])], text, rec,
                    "prescription change sent to community pharmacy (PDF)",
                    attachments=[{"kind": "pdf", "filename": f"ordonnance_{p.mrn}.pdf", "data": pdf}])
    text = f"Bonjour,\n\nOrdonnance pour exécution :\n\n{body}\n\nMerci,\n\n{sig}"
    return spec("prescription", L, f"Ordonnance – {p.surname}", ctx.mb(md), [(ph[0], ph[1])], text, rec,
                "prescription change sent to community pharmacy")


def p_rehab_letter(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    kin = ctx.staff("kinésiologue", "coordonnatrice")
    v = rehab_values(rng)
    day = d(rng, 4, 20)
    mbox = to_patient(p)
    rec.names.append(mbox[0])
    cause = ctx.pick(["votre pontage aorto-coronarien", "votre infarctus", "l'hospitalisation pour insuffisance "
                      "cardiaque", "le remplacement de votre valve aortique"])
    paras = [rec.name(p, "title"), rec.addr(p), "",
             f"{'Madame' if p.sex == 'F' else 'Monsieur'},",
             f"À la suite de {cause}, nous avons le plaisir de vous accueillir au programme de réadaptation "
             "cardiaque.",
             f"Votre évaluation initiale aura lieu le {fmt_date(day, 'long_fr')} à 9 h au gymnase du "
             f"{ORG_FR}, porte 4.",
             f"Résultat de votre épreuve d'effort : capacité de {rng.randrange(3, 8)},{rng.randrange(10)} METs, "
             f"fréquence cardiaque maximale {rng.randrange(104, 151)} bpm, sans signe d'ischémie.",
             "Apportez la liste de vos médicaments et des vêtements de sport.",
             f"Pour toute question : {CLINICS['rehab'][2]}.", "", staff_display(kin), CLINICS["rehab"][0]]
    rec.t("diagnosis", "lab_result")
    doc = make_docx("Programme de réadaptation cardiaque – convocation", paras)
    text = (f"Bonjour {'Madame' if p.sex == 'F' else 'Monsieur'} {p.surname},\n\nVous trouverez ci-joint votre "
            "lettre de convocation au programme de réadaptation cardiaque.\n\nAu plaisir,\n" +
            signature(kin, "rehab", L))
    return spec("rehab_letter", L, "Votre convocation – réadaptation cardiaque", ctx.mb(kin), [mbox], text, rec,
                "rehab programme convocation letter to a patient (DOCX)",
                attachments=[{"kind": "docx", "filename": "Convocation_réadaptation.docx", "data": doc}])


def p_rehab_progress(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    kin = ctx.staff("kinésiologue")
    team = ctx.staff_many(2, "infirmière", "physiothérapeute", "nutritionniste")
    rows = [("Nom", "Prénom", "Sexe", "DDN", "NAM", "Diagnostic", "TM6M entrée (m)", "TM6M sortie (m)",
             "Présences")]
    for _ in range(rng.randrange(4, 7)):
        p = ctx.nam_adult()
        rec.names.append(p.surname)
        rec.t("patient_name")
        v = rehab_values(rng)
        rows.append((p.surname, p.given, p.sex, rec.dob(p, "iso"), rec.nam(p), ctx.pick(HF_DX)[0].split(",")[0],
                     v["m0"], v["m"], f"{rng.randrange(9, 25)}/24"))
    rec.t("diagnosis", "lab_result")
    x = make_xlsx([("Groupe " + ctx.pick(["mardi-jeudi", "lun-mer-ven"]), rows)], author=f"{kin[0]} {kin[1]}")
    text = ("Bonjour l'équipe,\n\nVoici le tableau à jour de la cohorte d'automne pour la réunion de jeudi. "
            "J'ai surligné ceux qui ont manqué plus de 4 séances.\n\n" + signature(kin, "rehab", L))
    return spec("rehab_progress", L, "Cohorte automne – tableau de suivi", ctx.mb(kin),
                [ctx.mb(t) for t in team], text, rec, "rehab cohort tracking spreadsheet",
                attachments=[{"kind": "xlsx", "filename": "suivi_cohorte_automne.xlsx", "data": x}])


def p_social(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    ts = ctx.staff("travailleuse sociale")
    ips = ctx.staff("infirmière praticienne", "infirmière clinicienne")
    soc = ctx.pick(SOCIAL_FR)
    nm = rec.name(p, ctx.pick(["title", "title_sur", "upper_comma"]))
    mrn = rec.mrn(p, ctx.pick(["plain", "dashed", "spaced", "slashed"]))
    text = (f"Bonjour {ips[0]},\n\nSuite à ma rencontre avec {nm} (dossier {mrn}) à la clinique IC : "
            f"{soc}.\n\n"
            "Cela explique probablement les réadmissions répétées. J'ai ouvert une demande au CLSC pour du "
            "soutien à domicile et je vais revoir la situation avec la personne la semaine prochaine. "
            "Pourrais-tu éviter de lui laisser des messages détaillés sur la boîte vocale?\n\n"
            + signature(ts, "ic", L))
    rec.t("social_information")
    return spec("social_work", L, "Situation psychosociale – suivi", ctx.mb(ts), [ctx.mb(ips)], text, rec,
                "social worker note on a patient's situation")


def p_lab(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    ips = ctx.staff("infirmière praticienne")
    md = ctx.staff("cardiologue")
    k = f"{rng.randrange(58, 68) / 10:.1f}".replace(".", ",")
    nm = rec.name(p, ctx.pick(["title_sur", "initial", "title"]))
    mrn = rec.mrn(p, ctx.pick(["dashed", "plain", "fullwidth", "dotted"]))
    text = (f"Salut,\n\nK+ à {k} ce matin pour {nm} (dossier {mrn}), créat {rng.randrange(130, 220)} "
            f"(était {rng.randrange(90, 125)} il y a 2 semaines). {('Elle' if p.sex == 'F' else 'Il')} est sous "
            "Entresto 97/103 + spironolactone 25.\n"
            "J'ai cessé la spiro, Kayexalate 15 g x 1, contrôle demain matin. On garde l'Entresto pour l'instant?\n\n"
            f"{ips[0]}")
    rec.t("lab_result", "medication")
    return spec("lab_followup", L, f"K+ élevé – {p.surname}" if ctx.chance(0.5) else "Hyperkaliémie ce matin",
                ctx.mb(ips), [ctx.mb(md)], text, rec, "abnormal potassium follow-up between clinicians")


def p_quick_note(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    a, b = ctx.staff_many(2, "infirmière", "résident", "cardiologue")
    room = f"4{rng.randrange(10, 30)}"
    g = rec.given(p) if ctx.chance(0.6) else "le monsieur"
    if p.sex == "F" and g == "le monsieur":
        g = "la dame"
    mrn = rec.mrn(p, ctx.pick(["plain", "spaced"]))
    ev = ctx.pick(["a refait 2 épisodes de TVNS cette nuit", "a désaturé à 86 % vers 4 h, mis sous 2 L",
                   "a gagné 1,8 kg depuis hier", "a fait une syncope en allant à la toilette"])
    text = (f"{b[0]}, {g} (ch. {room}, le CRT-D posé hier) {ev}. "
            f"Je garde la télémétrie. Tu passes {'la' if p.sex == 'F' else 'le'} voir avant la tournée?\n\n" + a[0])
    rec.t("diagnosis")
    return spec("quick_note", L, f"ch. {room} – dossier {mrn}", ctx.mb(a), [ctx.mb(b)], text, rec,
                "short hallway-style note about an inpatient")


def p_reply_quoted(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    nurse = ctx.staff("infirmière")
    md = ctx.staff("cardiologue")
    nm = rec.name(p, ctx.pick(["title", "full", "upper_comma"]))
    dob = rec.dob(p, ctx.pick(["dmy", "iso", "long_fr"]))
    sym = ctx.pick(["œdème aux chevilles ++, essoufflement à l'effort minime",
                    "palpitations et étourdissements depuis 3 jours",
                    "douleur rétrosternale à l'effort, soulagée au repos"])
    quoted = (f"Bonjour {md[3]} {md[1]},\n\n{nm}, née le {dob}, a appelé ce matin : {sym}. "
              f"Poids {rng.randrange(60, 110)} kg (+{rng.randrange(2, 5)} kg). Sous {meds(rng, L, 1)[0]}.\n"
              "Peut-on la voir plus tôt que prévu?\n\n" + nurse[0])
    if p.sex == "M":
        quoted = quoted.replace("née le", "né le").replace("la voir", "le voir")
    text = ("Oui, ajoute-la à ma liste de jeudi 13 h. Bilan avant : FSC, ions, créat, NT-proBNP.\n\n"
            f"{md[3]} {md[1]}\n\n"
            f"Le {fmt_date(today(), 'long_fr')} à 09:12, {nurse[0]} {nurse[1]} a écrit :\n" +
            "\n".join("> " + l if l else ">" for l in quoted.split("\n")))
    if p.sex == "M":
        text = text.replace("ajoute-la", "ajoute-le")
    rec.t("diagnosis", "medication")
    return spec("reply", L, "RE: Appel patient – devancer RV?", ctx.mb(md), [ctx.mb(nurse)], text, rec,
                "physician reply; patient details only in the quoted text", in_reply_to=DOM)


def p_forward(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    agent = ctx.staff("agente", "secrétaire")
    nurse = ctx.staff("infirmière")
    fam = ctx.pick(["Josiane", "Marco", "Stéphanie", "Luc"])
    nm = rec.name(p, "full")
    orig = (f"Bonjour,\n\nJe vous écris pour ma {'mère' if p.sex == 'F' else 'père'}, {nm}, née le "
            f"{rec.dob(p, 'long_fr')}. Depuis samedi {'elle' if p.sex == 'F' else 'il'} est très essoufflé(e), "
            f"dort assis(e) et a les jambes enflées. {'Elle' if p.sex == 'F' else 'Il'} prend son Lasix mais "
            f"ça ne change rien. Pouvez-vous nous rappeler au {rec.phone(p)}?\n\nMerci,\n{fam}")
    if p.sex == "M":
        orig = orig.replace("née le", "né le").replace("ma père", "mon père")
    text = ("Nadia, peux-tu rappeler la famille aujourd'hui? Merci.\n\n"
            "---------- Message transféré ----------\n"
            f"De : {fam} <{fold(fam).lower()}.famille@courriel-perso.example>\n"
            f"Date : {fmt_date(today(), 'long_fr')}\nObjet : rendez-vous cardiologie\n"
            f"À : {CLINICS['ic'][0]} <clinique.ic@{DOM}>\n\n" + orig)
    text = text.replace("Nadia", nurse[0])
    rec.t("diagnosis", "medication")
    return spec("forward", L, "TR: rendez-vous cardiologie", ctx.mb(agent), [ctx.mb(nurse)], text, rec,
                "clerk forwards a family member's message inline")
