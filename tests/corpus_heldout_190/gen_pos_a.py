"""Positive messages, part A: back-transfers, consults, sign-out, bookings, labs,
imaging, discharge summaries, pharmacy prescriptions."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Mail

EXT_HOSP = [
    ("Hôpital régional de Lac-Brûlé", "Lac-Brûlé Regional Hospital", "hr-lacbrule.example"),
    ("Centre hospitalier de Pointe-aux-Saules", "Pointe-aux-Saules Hospital", "ch-pointeauxsaules.example"),
    ("Hôpital de Saint-Rémi-des-Monts", "Saint-Rémi-des-Monts Hospital", "h-stremi.example"),
    ("Centre de santé de Rivière-Noire", "Rivière-Noire Health Centre", "cs-rivierenoire.example"),
]
PHARMACIES = [
    ("Pharmacie Gervais et Tanguay", "pharm-gervais-tanguay.example"),
    ("Pharmacie du Carrefour des Saules", "pharmaciecarrefoursaules.example"),
    ("Pharmacie Alix Provencher", "pharmacie-aprovencher.example"),
    ("Pharmacie des Monts inc.", "pharmaciedesmonts.example"),
]
CLSC = [("CLSC de la Rivière-Noire", "cisss-hautesrives.example"),
        ("CLSC des Trois-Lacs", "cisss-hautesrives.example")]


def mk(ctx, category, note, sender, to, subject, text=None, **kw):
    return Mail(ctx.lang, category, note, sender, to, subject, text=text,
                types=ctx.types, date=ctx.date, records=ctx.records, flags=ctx.flags, **kw)


def who(p):
    name = f"{p.title} {p.full}" if p.title else p.full
    return (name, p.email)


def sig(ctx, person, unit="usin"):
    return C.signature(person, ctx.lang, unit, rng=ctx.rng)


def greet(ctx, person=None):
    r = ctx.rng
    if person is not None and r.random() < 0.5:
        t = person.title or ctx.L("", "")
        return ctx.L(f"Bonjour {t + ' ' if t else ''}{person.surname if t else person.given},",
                     f"Hi {person.title + ' ' + person.surname if person.title else person.given},")
    return r.choice(ctx.L(["Bonjour,", "Bonjour à tous,", "Salut,", "Bonsoir,"],
                          ["Hi,", "Hello,", "Good morning,", "Hi all,"]))


def close(ctx):
    return ctx.rng.choice(ctx.L(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci !"],
                                ["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks,"]))


# --------------------------------------------------------------------------
def p_backtransfer(ctx, env):
    """NICU asks a regional hospital to take a convalescent preterm back."""
    r = ctx.rng
    p = ctx.neonate(nam_parent=r.random() < 0.7)
    fr_h, en_h, dom = r.choice(EXT_HOSP)
    me = ctx.staff("usin", doctor=True)
    peer = C.Person(*ctx.pools.kid_given()[:1], r.choice(C.STAFF_SURNAMES), "F", "Dre" if ctx.lang == "fr" else "Dr",
                    None, f"pediatrie.garde@{dom}")
    baby = ctx.baby_label(p)
    cga = p.ga + (ctx.date.date() - p.dob).days // 7
    lines = [greet(ctx), ""]
    lines.append(ctx.L(
        f"Nous aimerions rapatrier chez vous {baby}, né(e) le {ctx.dob(p)} à {ctx.ga_text(p)} (PN {p.bw} g), "
        f"maintenant {cga} sem. d'âge corrigé.",
        f"We would like to transfer {baby} back to your unit. Born {ctx.dob(p)} at {ctx.ga_text(p)} "
        f"(BW {p.bw} g), now {cga} weeks corrected."))
    lines.append("")
    if p.parent["holder"] is not None:
        lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
    else:
        lines.append(ctx.L(f"Parents : {ctx.parent_name(p)} (joignable au {ctx.phone_personal()})",
                           f"Parents: {ctx.parent_name(p)} (reachable at {ctx.phone_personal()})"))
    if r.random() < 0.6:
        lines.append(ctx.L(f"N° de dossier chez nous : {ctx.mrn(p)}", f"Our chart no.: {ctx.mrn(p)}"))
    lines.append("")
    lines.append(ctx.L("Résumé :", "Summary:"))
    lines.append(f"- {ctx.dx(p)}")
    lines.append(f"- {ctx.dx2(p)}" if r.random() < 0.5 else f"- {ctx.lab(p)}")
    m = ctx.meds(p, 2)
    lines.append(ctx.L(f"- Rx actuelle : {m[0]}; {m[1]}", f"- Current meds: {m[0]}; {m[1]}"))
    if r.random() < 0.3:
        lines.append(ctx.L(f"- Social : {ctx.social()}", f"- Social: {ctx.social()}"))
    lines.append(ctx.L(f"- Alimentation : LM enrichi 150 ml/kg/j, gavage partiel",
                       f"- Feeds: fortified EBM 150 ml/kg/day, partial NG"))
    lines.append("")
    lines.append(ctx.L("Pourriez-vous nous confirmer un lit pour demain ou après-demain ? "
                       "Le transport serait organisé par notre équipe.",
                       "Could you confirm a bed for tomorrow or the day after? Our team would arrange transport."))
    lines += ["", close(ctx), "", sig(ctx, me)]
    subj = r.choice(ctx.L([f"Rapatriement – {baby}", "Demande de rapatriement USIN", f"Retour vers {fr_h} – {p.surname}"],
                          [f"Back-transfer - {baby}", "NICU back-transfer request", f"Repatriation to {en_h}"]))
    if "Demande" in subj or "request" in subj:
        pass
    ctx.types.add("patient_name")
    return mk(ctx, "backtransfer", ctx.L("demande de rapatriement néonatal", "neonatal back-transfer request"),
              who(me), [(ctx.L("Pédiatrie de garde", "Paediatrics on call"), peer.email)], subj, "\n".join(lines))


def p_consult(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    p = ctx.neonate(nam_parent=r.random() < 0.3) if neo else ctx.child(nam=r.random() < 0.6)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=True)
    spec = r.choice(ctx.L(["cardiologie pédiatrique", "neurochirurgie", "chirurgie pédiatrique", "néphrologie",
                           "génétique médicale", "ORL"],
                          ["paediatric cardiology", "neurosurgery", "paediatric surgery", "nephrology",
                           "medical genetics", "ENT"]))
    to_addr = f"consult.{C.strip_accents(spec.split()[0]).lower()}@{C.DOM}"
    nm = ctx.baby_label(p) if neo else ctx.name(p)
    lines = [greet(ctx), ""]
    if p.holder is not None or p.parent["holder"] is not None:
        lines.append(ctx.L(f"Demande de consultation en {spec} pour :", f"Consult request ({spec}) for:"))
        if p.holder is not None:
            lines.append(ctx.nam_block(p.holder, role="patient"))
        else:
            lines.append(nm)
            lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
        lines.append(ctx.L(f"Lit {r.randint(1, 24)}, dossier {ctx.mrn(p)}", f"Bed {r.randint(1, 24)}, MRN {ctx.mrn(p)}"))
    else:
        lines.append(ctx.L(f"Pourriez-vous voir {nm} (dossier {ctx.mrn(p)}, lit {r.randint(1, 24)}) aujourd'hui ?",
                           f"Could you see {nm} (MRN {ctx.mrn(p)}, bed {r.randint(1, 24)}) today?"))
    lines.append("")
    if neo:
        lines.append(ctx.L(f"Ex-{ctx.ga_text(p)}, {ctx.age_text(p)} de vie. {ctx.dx(p)}.",
                           f"Ex-{ctx.ga_text(p)}, {ctx.age_text(p)} of life. {ctx.dx(p)}."))
    else:
        lines.append(ctx.L(f"{ctx.age_text(p)}, admis(e) pour {ctx.dx(p)}.",
                           f"{ctx.age_text(p)}, admitted with {ctx.dx(p)}."))
    lines.append(ctx.imaging(p) if r.random() < 0.6 else ctx.lab(p))
    lines.append(ctx.L(f"Traitement en cours : {ctx.med(p)}.", f"On {ctx.med(p)}."))
    lines.append("")
    lines.append(r.choice(ctx.L(["Question : indication chirurgicale ? Les parents sont au chevet cet après-midi.",
                                 "Merci de nous donner votre avis sur la suite de l'investigation.",
                                 "Pas urgent, mais idéalement avant la réunion familiale de jeudi."],
                                ["Question: surgical indication? Parents at bedside this afternoon.",
                                 "Please advise on further work-up.",
                                 "Not urgent but ideally before Thursday's family meeting."])))
    lines += ["", close(ctx), sig(ctx, me, unit)]
    subj = r.choice(ctx.L([f"Consultation {spec} – lit {r.randint(1, 24)}", f"Demande de consult : {nm}",
                           f"consult {spec}"],
                          [f"{spec} consult - bed {r.randint(1, 24)}", f"Consult request: {nm}", f"consult pls - {spec}"]))
    return mk(ctx, "consult", ctx.L("demande de consultation", "consult request"), who(me),
              [(spec.capitalize(), to_addr)], subj, "\n".join(lines))


def p_signout(ctx, env):
    """Sign-out / census list with several patients (plain roster, HTML table or XLSX)."""
    r = ctx.rng
    unit = r.choice(["usin", "sip"])
    me = ctx.staff(unit, doctor=r.random() < 0.6)
    n = r.randint(4, 8)
    rows = []
    for i in range(n):
        if unit == "usin":
            p = ctx.neonate(nam_parent=False)
            nm = ctx.baby_label(p)
            prob = ctx.dx(p)
            extra = r.choice([lambda: ctx.med(p), lambda: ctx.lab(p), lambda: ctx.L("à surveiller", "watch"),
                              lambda: ctx.med(p)])()
            age = ctx.L(f"{p.ga}+{p.gd} SA, {ctx.age_text(p)}", f"{p.ga}+{p.gd}, {ctx.age_text(p)}")
        else:
            p = ctx.child()
            nm = ctx.name(p)
            prob = ctx.dx(p)
            extra = r.choice([lambda: ctx.med(p), lambda: ctx.lab(p),
                              lambda: ctx.L("extubation prévue AM", "plan extubate AM")])()
            age = ctx.age_text(p)
        bed = f"{r.choice('ABC')}{r.randint(1, 16):02d}" if r.random() < 0.5 else str(r.randint(1, 30))
        rows.append((bed, nm, age, prob, extra))
    title = ctx.L(f"Liste de passation {C.UNITS_FR[unit].split()[0]} – {ctx.day().isoformat()}",
                  f"{C.UNITS_EN[unit]} sign-out {ctx.day().isoformat()}")
    head = ctx.L(["Lit", "Patient", "Âge", "Problème", "À faire / Rx"], ["Bed", "Patient", "Age", "Problem", "To do / Rx"])
    mode = r.choice(["plain", "html", "xlsx", "plain", "docx"])
    atts = []
    html = None
    intro = r.choice(ctx.L(["Voici la liste pour la nuit.", "Liste de passation ci-dessous, bonne garde.",
                            "Pour la relève de 19 h :"],
                           ["Here's tonight's list.", "Sign-out below, have a quiet night.", "For the 7 pm handover:"]))
    if mode == "plain":
        body_rows = "\n".join(f"{b:<4} {nm} | {a} | {pb} | {x}" for b, nm, a, pb, x in rows)
        text = "\n".join([greet(ctx), "", intro, "", body_rows, "", sig(ctx, me, unit)])
    elif mode == "html":
        trs = "\n".join("<tr>" + "".join(f"<td>{C_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
        ths = "".join(f"<th>{h}</th>" for h in head)
        html = (f"<html><body><p>{intro}</p>\n<table border=\"1\" cellpadding=\"3\">\n<tr>{ths}</tr>\n{trs}\n"
                f"</table>\n<p>{me.full}<br>{me.role}</p></body></html>")
        text = None if r.random() < 0.5 else "\n".join(
            [intro, ""] + [" / ".join(row) for row in rows] + ["", sig(ctx, me, unit)])
    elif mode == "xlsx":
        data = D.make_xlsx([(ctx.L("Passation", "Signout"), [head] + [list(x) for x in rows])], title=title)
        fname = ctx.L(f"passation_{unit}_{ctx.day().strftime('%Y%m%d')}.xlsx", f"signout_{unit}_{ctx.day().strftime('%Y%m%d')}.xlsx")
        atts.append(D.Attachment(fname, D.CT_XLSX, data))
        text = "\n".join([greet(ctx), "", intro + ctx.L(" (fichier joint)", " (see attached)"), "", sig(ctx, me, unit)])
    else:
        data = D.make_docx(title, [intro], table=[head] + [list(x) for x in rows])
        atts.append(D.Attachment(ctx.L("Liste_relève.docx", "Handover_list.docx"), D.CT_DOCX, data,
                                 rfc2231=ctx.lang == "fr"))
        text = "\n".join([greet(ctx), "", intro, "", sig(ctx, me, unit)])
    subj = r.choice(ctx.L([f"Passation {ctx.day().strftime('%d/%m')}", "liste relève nuit", "Liste de garde – mise à jour"],
                          [f"Signout {ctx.day().strftime('%m/%d')}", "night list", "Handover list - updated"]))
    team = f"{'residents.usin' if unit == 'usin' else 'residents.sip'}@{C.DOM}"
    return mk(ctx, "signout", ctx.L("liste de passation", "sign-out list"), who(me),
              [(ctx.L("Équipe de garde", "On-call team"), team)], subj, text, html=html, attachments=atts,
              force_form="html" if text is None else ("alt" if html else None))


def C_esc(s):
    import html
    return html.escape(s, quote=False)


def p_booking(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.55
    p = ctx.neonate(with_name=True) if neo else ctx.child(nam=r.random() < 0.5)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=False)
    what = ctx.appt()
    d = ctx.day(r.randint(2, 40))
    nm = ctx.name(p)
    lines = [greet(ctx), ""]
    lines.append(ctx.L(f"J'aimerais réserver un(e) {what} pour le patient suivant :",
                       f"I'd like to book a {what} for:"))
    lines.append("")
    if p.holder is not None:
        lines.append(ctx.nam_block(p.holder, role="patient"))
    else:
        lines.append(ctx.L(f"Nom : {nm}", f"Name: {nm}"))
        lines.append(ctx.L(f"DDN : {ctx.dob(p)}", f"DOB: {ctx.dob(p)}"))
    lines.append(ctx.L(f"Dossier : {ctx.mrn(p)}", f"MRN: {ctx.mrn(p)}"))
    lines.append(ctx.L(f"Motif : {ctx.dx(p)}", f"Reason: {ctx.dx(p)}"))
    lines.append(ctx.L(f"Date souhaitée : semaine du {C.fmt_date(r, d, 'fr', False)}",
                       f"Preferred date: week of {C.fmt_date(r, d, 'en', False)}"))
    if r.random() < 0.5:
        lines.append(ctx.L(f"Parent à aviser : {ctx.parent_name(p)}, cell. {ctx.phone_personal()}",
                           f"Parent to notify: {ctx.parent_name(p)}, cell {ctx.phone_personal()}"))
    if r.random() < 0.4:
        lines.append(ctx.L("Transport : civière, accompagné d'une infirmière et d'un inhalo (sous lunettes nasales).",
                           "Transport: stretcher, with RN and RT (on nasal prongs)."))
    lines += ["", close(ctx), sig(ctx, me, unit)]
    dept = r.choice(["rdv.ophtalmo", "imagerie.rendezvous", "cliniques.externes", "audiologie", "rdv.cardio"])
    subj = r.choice(ctx.L([f"Réservation – {what}", f"RDV à planifier ({p.surname})", "demande de rendez-vous"],
                          [f"Booking - {what}", f"Appt needed ({p.surname})", "appointment request"]))
    return mk(ctx, "booking", ctx.L("demande de rendez-vous", "booking request"), who(me),
              [(None, f"{dept}@{C.DOM}")], subj, "\n".join(lines))


def p_labs(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.6
    p = ctx.neonate() if neo else ctx.child(nam=r.random() < 0.55)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit)
    peer = ctx.staff(unit, doctor=True)
    nm = ctx.baby_label(p) if neo else ctx.name(p)
    style = r.randint(0, 2)
    if style == 0:
        lines = [ctx.L(f"Résultats de {nm} ({ctx.mrn(p)}) ce matin :", f"AM labs for {nm} ({ctx.mrn(p)}):"),
                 f"  {ctx.lab(p)}", f"  {ctx.lab(p)}",
                 ctx.L(f"On poursuit {ctx.med(p)}. Je rappelle la mère à 14 h.",
                       f"Continuing {ctx.med(p)}. Will call mum at 2 pm.")]
    elif style == 1:
        lines = [greet(ctx, peer), "",
                 ctx.L(f"Le labo vient d'appeler pour une valeur critique : {ctx.lab(p)} chez {nm}, lit {r.randint(1, 30)}.",
                       f"Lab just called a critical value: {ctx.lab(p)} on {nm}, bed {r.randint(1, 30)}."),
                 ctx.L("Tu veux qu'on refasse un contrôle à 18 h ?", "Want a repeat at 6 pm?")]
    else:
        lines = [ctx.L("Suivi des labos en attente :", "Pending labs follow-up:"),
                 f"{nm} — {ctx.lab(p)}", ctx.L(f"Dx de travail : {ctx.dx(p)}", f"Working dx: {ctx.dx(p)}")]
    if p.holder is not None:
        lines.insert(1, ctx.nam_block(p.holder, role="patient"))
    lines += ["", sig(ctx, me, unit)]
    subj = r.choice(ctx.L(["résultats", f"Labo – {nm}", "valeur critique", f"bili {p.surname}"],
                          ["labs", f"Labs - {nm}", "critical value", f"gas {p.surname}"]))
    return mk(ctx, "lab", ctx.L("suivi de résultats de laboratoire", "lab result follow-up"), who(me),
              [who(peer)], subj, "\n".join(lines))


def p_imaging(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.6
    p = ctx.neonate(nam_parent=r.random() < 0.3) if neo else ctx.child()
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=True)
    nm = ctx.baby_label(p) if neo else ctx.name(p)
    img = ctx.imaging(p)
    lines = [greet(ctx), "",
             ctx.L(f"Pour info, {img} chez {nm}.", f"FYI {img} for {nm}."),
             ctx.L(f"Dossier {ctx.mrn(p)}.", f"Chart {ctx.mrn(p)}.")]
    if p.parent["holder"] is not None:
        lines.append(ctx.L("Identification (parent) :", "Identification (parent):"))
        lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
    lines.append(r.choice(ctx.L(["On en discute à la tournée de demain.", "Les parents ne sont pas encore au courant.",
                                 "Contrôle prévu dans 7 jours."],
                                ["Let's discuss at rounds tomorrow.", "Parents not yet aware.",
                                 "Repeat planned in 7 days."])))
    lines += ["", sig(ctx, me, unit)]
    subj = r.choice(ctx.L([f"Imagerie {p.surname}", "résultat ETF", "TR: rapport imagerie"],
                          [f"Imaging {p.surname}", "HUS result", "FW: imaging report"]))
    return mk(ctx, "imaging", ctx.L("suivi d'imagerie", "imaging follow-up"), who(me),
              [who(ctx.staff(unit, doctor=True))], subj, "\n".join(lines))


def p_discharge(ctx, env):
    """Discharge summary attached (PDF or DOCX), sent to CLSC or paediatrician."""
    r = ctx.rng
    neo = r.random() < 0.65
    p = ctx.neonate(with_name=True, nam_parent=r.random() < 0.5) if neo else ctx.child(nam=r.random() < 0.5)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=True)
    clsc, dom = r.choice(CLSC)
    nm = ctx.name(p)
    doc_lines = [ctx.L(f"Patient : {nm}", f"Patient: {nm}")]
    if p.holder is not None:
        doc_lines.append(ctx.nam_block(p.holder, role="patient", allow_fw=False).replace("\n", " / "))
    else:
        doc_lines.append(ctx.L(f"Date de naissance : {ctx.dob(p)}", f"Date of birth: {ctx.dob(p)}"))
    doc_lines.append(ctx.L(f"N° de dossier : {p.mrn[1]}", f"Chart number: {p.mrn[1]}"))
    ctx.types.add("mrn")
    if p.parent["holder"] is not None:
        doc_lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"], allow_fw=False).replace("\n", " / "))
    adr = ctx.address_personal()
    doc_lines.append(ctx.L(f"Adresse : {adr[0]}, {adr[1]}", f"Address: {adr[0]}, {adr[1]}"))
    doc_lines.append("")
    doc_lines.append(ctx.L("Diagnostics :", "Diagnoses:"))
    doc_lines += [f"  - {x}" for x in ctx.dxs(p, 2)]
    doc_lines.append(ctx.L("Évolution :", "Course:"))
    doc_lines.append("  " + ctx.lab(p))
    doc_lines.append("  " + ctx.imaging(p))
    doc_lines.append(ctx.L("Médication au congé :", "Discharge medications:"))
    doc_lines += [f"  - {x}" for x in ctx.meds(p, 2)]
    if r.random() < 0.3:
        doc_lines.append(ctx.L(f"Contexte psychosocial : {ctx.social()}", f"Psychosocial: {ctx.social()}"))
    doc_lines.append(ctx.L(f"Suivi : {ctx.appt()} dans 4 semaines.", f"Follow-up: {ctx.appt()} in 4 weeks."))
    doc_lines.append("")
    doc_lines.append(f"{me.title} {me.full}, {me.role}")
    title = ctx.L("Sommaire d'hospitalisation", "Discharge summary")
    fmt = r.choice(["pdf", "docx", "pdf"])
    base = ctx.L("sommaire_conge", "discharge_summary")
    if r.random() < 0.5:
        fname = f"{base}_{C.strip_accents(p.surname).upper()}_{ctx.day().strftime('%Y%m%d')}"
    else:
        fname = f"{base}_{p.mrn[0]}"
    if fmt == "pdf":
        att = D.Attachment(fname + ".pdf", "application/pdf",
                           D.make_pdf(title, doc_lines, compress=r.random() < 0.7, header=C.ORG_FR if ctx.lang == "fr" else C.ORG_EN))
    else:
        att = D.Attachment(fname + ".docx", D.CT_DOCX, D.make_docx(title, doc_lines))
    text = "\n".join([greet(ctx), "",
                      r.choice(ctx.L(["Veuillez trouver ci-joint le sommaire de congé pour le suivi à domicile.",
                                      "Ci-joint le sommaire pour la visite postnatale. Congé prévu demain.",
                                      "Voici le résumé de séjour demandé."],
                                     ["Please find attached the discharge summary for home follow-up.",
                                      "Attached is the summary for the home visit; discharge planned tomorrow.",
                                      "Here is the summary you asked for."])),
                      "", close(ctx), sig(ctx, me, unit)])
    subj = r.choice(ctx.L(["Sommaire de congé", "Congé USIN – suivi CLSC", "Résumé de dossier"],
                          ["Discharge summary", "NICU discharge - community follow-up", "Summary as requested"]))
    return mk(ctx, "discharge", ctx.L("sommaire de congé joint", "discharge summary attached"), who(me),
              [(clsc, f"suivi.postnatal@{dom}")], subj, text, attachments=[att])


def p_prescription(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.6
    p = ctx.neonate(with_name=True) if neo else ctx.child(nam=r.random() < 0.4)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=False)
    me.role = ctx.L("pharmacienne, " + ("USIN" if neo else "SIP"), ("NICU" if neo else "PICU") + " Pharmacist")
    me.title = None
    ph, dom = r.choice(PHARMACIES)
    nm = ctx.name(p)
    lines = [greet(ctx), "",
             ctx.L(f"Voici l'ordonnance de départ pour {nm}. Congé prévu le {C.fmt_date(r, ctx.day(1), 'fr', False)}.",
                   f"Discharge prescription for {nm} below. Going home {C.fmt_date(r, ctx.day(1), 'en', False)}."),
             ""]
    if p.holder is not None:
        lines.append(ctx.nam_block(p.holder, role="patient"))
    else:
        lines.append(ctx.L(f"DDN {ctx.dob(p)} – poids {round(p.bw / 1000 + 0.6, 2) if neo else r.randint(9, 60)} kg",
                           f"DOB {ctx.dob(p)} - weight {round(p.bw / 1000 + 0.6, 2) if neo else r.randint(9, 60)} kg"))
    adr = ctx.address_personal() if r.random() < 0.6 else None
    if adr:
        lines.append(ctx.L(f"Adresse : {adr[0]}, {adr[1]}", f"Address: {adr[0]}, {adr[1]}"))
    lines.append(ctx.L(f"Tél. parent : {ctx.phone_personal()}", f"Parent phone: {ctx.phone_personal()}"))
    lines.append("")
    for x in ctx.meds(p, r.randint(2, 3)):
        lines.append("Rx " + x)
    lines.append(ctx.L("Préparation magistrale requise pour les suspensions orales, svp confirmer la disponibilité.",
                       "Compounded oral suspensions needed, please confirm you can prepare them."))
    lines.append(ctx.L(f"Indication : {ctx.dx(p)}", f"Indication: {ctx.dx(p)}"))
    lines += ["", close(ctx), sig(ctx, me, unit)]
    subj = r.choice(ctx.L(["Ordonnance de départ", f"Rx congé – {p.surname}", "Ordonnance – préparation magistrale"],
                          ["Discharge Rx", f"Rx for discharge - {p.surname}", "Prescription - compounding"]))
    return mk(ctx, "prescription", ctx.L("ordonnance à la pharmacie communautaire", "prescription to community pharmacy"),
              who(me), [(ph, f"labo@{dom}")], subj, "\n".join(lines))


POS_A = [
    (p_backtransfer, 6), (p_consult, 6), (p_signout, 7), (p_booking, 6), (p_labs, 7),
    (p_imaging, 5), (p_discharge, 6), (p_prescription, 5),
]
