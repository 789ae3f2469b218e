"""Positive scenarios, part A: pharmacy renewals, lab call-backs, walk-in
rosters, referrals, insurance forms, replies, forwarded patient mail."""
import datetime

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_text as T
from gen_pos_common import Pos


def _L(lang):
    return lambda fr, en: fr if lang == "fr" else en


def _sig(p, lang, rng, full=None):
    return T.signature(p, lang, rng, full)


# ------------------------------------------------------------------ 1
def pharm_renewal(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    o = D.ORG[lang]
    ph = rng.choice(D.PHARMACIES)
    pat = P.main_patient()
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    pharmacist = {"given": rng.choice(["Olivier", "Sandrine", "Maxime", "Jessica"]),
                  "surname": rng.choice(["Ricard", "Ostiguy", "Lemay", "Tran"]), "sex": "F"}
    meds = P.meds(pat)
    ident_lines = P.id_block(pat, rng.choice(["lines", "pipe"]))
    last = I.add_days(ctx["when"].date(), -rng.randint(20, 80))
    in_pdf = rng.random() < 0.4
    core = "\n".join(ident_lines) + "\n\n" + L("Médicaments à renouveler :", "Medications to renew:") + "\n" + \
        "\n".join(f"- {m}" for m in meds) + "\n\n" + \
        L(f"Dernier service : {I.fmt_date(last, lang, 'iso')} (0 renouvellement restant)",
          f"Last fill: {I.fmt_date(last, lang, 'iso')} (no refills left)")
    if rng.random() < 0.5:
        core += "\n" + L(f"Indication au dossier : {P.dx(pat)}", f"Indication on file: {P.dx(pat)}")
    subj_name = P.name(pat, ["upper_comma", "full", "sur_init", "upper"]) if not pat.get("holder") else P.name(pat, ["upper_comma", "full"])
    subject = rng.choice([
        L(f"Demande de renouvellement - {subj_name}", f"Refill request - {subj_name}"),
        L("Demande de renouvellement d'ordonnance", "Prescription renewal request"),
        L(f"RENOUV. Rx {subj_name}", f"RX RENEWAL {subj_name}"),
    ])
    intro = L(f"Bonjour,\n\nNous avons reçu une demande de renouvellement pour le patient ci-dessous. "
              f"Pourriez-vous nous faire parvenir une nouvelle ordonnance signée par {T.title_of(md, lang)} {md['surname']} "
              f"ou une IPS du GMF ?",
              f"Hello,\n\nWe received a refill request for the patient below. Could you send us a new "
              f"prescription signed by {T.title_of(md, lang)} {md['surname']} or the NP?")
    outro = L(f"Merci de répondre par télécopieur au {ph[2]} ou par courriel.\n\n{pharmacist['given']} {pharmacist['surname']}, pharm.\n{ph[0]}\nTél. {ph[2]}",
              f"Please reply by fax at {ph[2]} or by e-mail.\n\n{pharmacist['given']} {pharmacist['surname']}, RPh\n{ph[0]}\nTel. {ph[2]}")
    atts = []
    if in_pdf:
        fname = L(f"demande_renouvellement_{ctx['when'].strftime('%Y%m%d')}.pdf", f"refill_request_{ctx['when'].strftime('%Y%m%d')}.pdf")
        atts.append({"filename": fname, "ctype": "application/pdf",
                     "data": A.make_pdf(L("Demande de renouvellement d'ordonnance", "Prescription renewal request"),
                                        core.split("\n\n"), footer=ph[0])})
        text = intro + "\n\n" + L("Voir la demande en pièce jointe.", "See the attached request.") + "\n\n" + outro
    else:
        text = intro + "\n\n" + core + "\n\n" + outro
    return P.spec(category="renouvellement" if lang == "fr" else "refill_request",
                  note=L("demande de renouvellement de la pharmacie", "pharmacy refill request"),
                  frm=(f"{ph[0]}", f"ordonnances@{ph[1]}"),
                  to=[(L("Renouvellements", "Renewals") + f" {o['short']}", f"renouvellements@{o['domain']}")],
                  subject=subject, text=text, attachments=atts)


# ------------------------------------------------------------------ 2
def lab_callback(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    nurse = T.staff_by_kw(rng, lang, "infirmière", "clinical nurse", "IPS", "nurse practitioner")
    desk = T.staff_by_kw(rng, lang, "accueil", "front desk", "secrétaire", "medical secretary")
    n = rng.randint(2, 4)
    lines = []
    for k in range(n):
        p = P.main_patient() if k == 0 else P.patient()
        nm = P.name(p, ["full", "title", "upper_comma", "lower", "initial"] if not p.get("holder") else None)
        tel = P.phone(p)
        nmx, val, unit, rg = P.lab_for(p)
        action = rng.choice([
            L("RV avec l'IPS dans 2 sem.", "book NP follow-up within 2 wks"),
            L("reprendre la prise de sang dans 6 sem.", "repeat bloodwork in 6 wks"),
            L("aviser que c'est normal pour le reste, pas de RV", "tell them the rest is normal, no appt needed"),
            L("RV cette semaine, urgent", "appt this week, urgent"),
            L("venir chercher la requête au comptoir", "pick up lab requisition at the front desk"),
        ])
        extra = ""
        if P.ident and k == 0:
            if P.ident == "nam":
                extra = " [" + "; ".join([P.dob(p), P.sex(p), P.ident_value(p)]) + "]"
            else:
                extra = f" ({P.ident_label()} {P.ident_value(p)})"
        if p["cond"]["lab"] and rng.random() < 0.4:
            m = P.meds(p, 1)[0]
            action += L(f" + nouvelle Rx {m} envoyée à la pharmacie", f" + new Rx {m} faxed to pharmacy")
        lines.append(f"- {nm}{extra} — {tel} — {nmx} {val} {unit}".rstrip() + f" → {action}")
    greet = rng.choice([L(f"Bonjour {desk['given']},", f"Hi {desk['given']},"), L("Salut,", "Hi,"), ""])
    text = (greet + "\n\n" if greet else "") + L(
        "Peux-tu faire les appels suivants aujourd'hui svp (résultats revus avec le médecin) :",
        "Could you please make these call-backs today (results reviewed with the MD):") + "\n\n" + \
        "\n".join(lines) + "\n\n" + L("Si pas de réponse, laisser un message neutre (ne pas dire le résultat sur le répondeur).",
                                      "If no answer, leave a neutral message (do not give the result on voicemail).") + \
        "\n\n" + L("Merci!", "Thanks!") + "\n" + nurse["given"]
    subject = rng.choice([L("Rappels labos", "Lab call-backs"), L("Appels à faire - résultats", "Calls to make - results"),
                          L(f"rappels {I.fmt_date(ctx['when'].date(), lang, 'iso')}", f"callbacks {I.fmt_date(ctx['when'].date(), lang, 'iso')}")])
    return P.spec(category="rappel_labo" if lang == "fr" else "lab_callback",
                  note=L("liste de rappels de résultats", "list of result call-backs"),
                  frm=T.na(nurse, lang), to=[T.na(desk, lang)], subject=subject, text=text)


# ------------------------------------------------------------------ 3
def walkin_roster(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    mgr = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager", "secrétaire", "medical secretary")
    sender = T.staff_by_kw(rng, lang, "accueil", "front desk")
    day = I.add_days(ctx["when"].date(), -1)
    clin = [s for s in D.STAFF if "IPS" in s[3] or "nurse practitioner" in s[4] or "médecin" in s[3] or "physician" in s[4]]
    idcol = {"nam": L("NAM", "RAMQ"), "ohn": "OHIP", "mrn": L("Dossier", "Chart")}.get(ident)
    head = [L("Heure", "Time"), L("Nom", "Last name"), L("Prénom", "First name"), L("DDN", "DOB"), L("Sexe", "Sex")]
    if idcol:
        head.append(idcol)
    head += [L("Motif / Dx", "Reason / Dx"), L("Vu par", "Seen by"), L("Conduite", "Plan")]
    rows = [head]
    nrows = rng.randint(7, 11)
    n_special = rng.randint(1, 3) if ident in ("nam", "ohn") else nrows
    t0 = datetime.datetime(day.year, day.month, day.day, 8, 0)
    for k in range(nrows):
        use_nam = ident == "nam" and k < n_special
        p = P.patient("nam" if use_nam else None, min_age=16)
        P.t("patient_name", "date_of_birth", "diagnosis")
        r = [(t0 + datetime.timedelta(minutes=20 * k)).strftime("%H:%M"), p["surname"].upper() if rng.random() < 0.5 else p["surname"],
             p["given"], p["dob"].isoformat() if rng.random() < 0.7 else datetime.datetime(p["dob"].year, p["dob"].month, p["dob"].day),
             p["sex"]]
        if idcol:
            if ident == "nam":
                r.append(P.ident_value(p, "nam", "plain") if use_nam else L("carte expirée", "card expired"))
            elif ident == "ohn":
                r.append(P.ident_value(p, "ohn", "dash") if k < n_special else "")
            else:
                r.append(P.ident_value(p, "mrn", "plain"))
        dx = P.dx(p, acute=True)
        c = rng.choice(clin)
        rx = p["acute"][2] if lang == "fr" else p["acute"][3]
        if rx and rng.random() < 0.8:
            plan = P.acute_rx(p)
        else:
            plan = rng.choice([L("conseils, retour prn", "advice, return prn"), L("RX demandée", "X-ray ordered"),
                               L("suivi médecin de famille", "f/u with family MD")])
        r += [dx, f"{c[0][0]}. {c[1]}", plan]
        rows.append(r)
    fname = L(f"SRV_{day.isoformat()}.xlsx", f"walk-in_{day.isoformat()}.xlsx")
    data = A.make_xlsx([(L("Sans RV", "Walk-in"), rows)], author=sender["given"] + " " + sender["surname"])
    text = rng.choice([
        L(f"Bonjour {mgr['given']},\n\nVoici la liste du sans rendez-vous d'hier ({I.fmt_date(day, lang, 'long')}) pour la facturation et les suivis. "
          f"Les cartes expirées sont indiquées.\n\n{sender['given']}",
          f"Hi {mgr['given']},\n\nAttached is yesterday's walk-in list ({I.fmt_date(day, lang, 'long')}) for billing and follow-ups. "
          f"Expired cards are flagged.\n\n{sender['given']}"),
        L("Liste SRV ci-jointe.\n\n" + T.signature(sender, lang, rng, False), "Walk-in list attached.\n\n" + T.signature(sender, lang, rng, False)),
    ])
    return P.spec(category="liste_srv" if lang == "fr" else "walkin_list",
                  note=L("liste du sans rendez-vous en tableur", "walk-in roster spreadsheet"),
                  frm=T.na(sender, lang), to=[T.na(mgr, lang)],
                  subject=L(f"Liste SRV {day.isoformat()}", f"Walk-in list {day.isoformat()}"),
                  text=text, attachments=[{"filename": fname,
                                           "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           "data": data}])


# ------------------------------------------------------------------ 4
SPECS = [("cardiologie", "cardiology"), ("endocrinologie", "endocrinology"), ("gastro-entérologie", "gastroenterology"),
         ("pneumologie", "respirology"), ("rhumatologie", "rheumatology"), ("dermatologie", "dermatology")]


def referral_pdf(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    pat = P.main_patient()
    md = T.staff_by_kw(rng, lang, "médecin", "physician", "IPS", "nurse practitioner")
    hosp = rng.choice(D.HOSPITALS)
    spec = (pat["cond"]["spec_fr"], pat["cond"]["spec_en"])
    idl = P.id_block(pat, "lines")
    prio = rng.choice(["B", "C", "D"])
    reason = L(f"Raison de la consultation : {P.dx(pat)}, mauvais contrôle malgré un traitement optimisé.",
               f"Reason for referral: {P.dx(pat)}, poorly controlled despite optimized therapy.")
    if pat["cond"]["lab"]:
        nm, val, unit, rg = P.lab_for(pat)
        reason += L(f" Dernier {nm} : {val} {unit} (N {rg}).", f" Latest {nm}: {val} {unit} (ref {rg}).")
    meds = P.meds(pat)
    paras = idl + [L(f"Adresse : {P.address(pat)}   Tél. : {P.phone(pat)}", f"Address: {P.address(pat)}   Tel.: {P.phone(pat)}")] \
        if rng.random() < 0.5 else list(idl)
    paras = ["\n".join(paras), "## " + L("Demande de consultation", "Consultation request"),
             L(f"Spécialité : {spec[0]}    Priorité : {prio}", f"Specialty: {spec[1]}    Priority: {prio}"),
             reason,
             L("Médication actuelle : ", "Current medication: ") + "; ".join(meds),
             L(f"Référent : {T.title_of(md, lang)} {md['given']} {md['surname']}, {D.ORG[lang]['name']}",
               f"Referring: {md['given']} {md['surname']}, {D.ORG[lang]['name']}")]
    pdf = A.make_pdf(L("Formulaire de demande de consultation — CRDS", "Consultation request form — CRDS"), paras,
                     footer=L("Transmis par courriel sécurisé", "Sent by secure e-mail"))
    surname_in_file = rng.random() < 0.5
    fname = (L("Demande_consult_", "Referral_") + T.slug(spec[1])[:6] + ("_" + T.slug(pat["surname"]).upper() if surname_in_file else "")
             + f"_{ctx['when'].strftime('%Y%m%d')}.pdf")
    body_name = rng.random() < 0.5
    if body_name:
        who = P.name(pat, ["title", "title_sur", "full"])
        text = L(f"Bonjour,\n\nVeuillez trouver ci-joint une demande de consultation en {spec[0]} (priorité {prio}) pour {who}. "
                 f"Les derniers résultats de laboratoire sont inclus.\n\nMerci de confirmer la réception.\n\n",
                 f"Hello,\n\nPlease find attached a {spec[1]} referral (priority {prio}) for {who}. "
                 f"Latest lab results are included.\n\nKindly confirm receipt.\n\n")
    else:
        text = L(f"Bonjour,\n\nCi-joint une nouvelle demande de consultation en {spec[0]}, priorité {prio}.\n\nMerci.\n\n",
                 f"Hello,\n\nAttached is a new {spec[1]} referral, priority {prio}.\n\nThank you.\n\n")
    text += T.signature(md, lang, rng, True)
    return P.spec(category="reference" if lang == "fr" else "referral",
                  note=L("demande de consultation en PDF", "referral form as PDF"),
                  frm=T.na(md, lang), to=[(L("Centre de répartition des demandes de services", "CRDS referral centre"), f"crds@{hosp[1]}")],
                  subject=L(f"Demande de consultation {spec[0]} - priorité {prio}", f"Referral {spec[1]} - priority {prio}"),
                  text=text, attachments=[{"filename": fname, "ctype": "application/pdf", "data": pdf}])


# ------------------------------------------------------------------ 5
def insurance_form(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    pat = P.main_patient(min_age=22, max_age=64)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    ins = rng.choice(D.INSURERS)
    claim = f"{rng.choice(['RC', 'LTD', 'STD', 'INV'])}-{rng.randint(100000, 999999)}"
    off = I.add_days(ctx["when"].date(), -rng.randint(10, 60))
    ret = I.add_days(off, rng.randint(30, 90))
    dis = rng.choice(D.DISABILITY)
    P.t("diagnosis")
    dx = dis[0] if lang == "fr" else dis[1]
    med = dis[2] if lang == "fr" else dis[3]
    meds = [med] if med else []
    if meds:
        P.t("medication")
    nm = P.name(pat, ["upper_comma", "full", "comma"])
    dob = P.dob(pat)
    ident_v = P.ident_value(pat) if P.ident else None
    rows = [[L("Champ", "Field"), L("Réponse", "Answer")],
            [L("Nom de l'assuré(e)", "Insured member"), nm],
            [L("Date de naissance", "Date of birth"), dob],
            [L("Sexe", "Sex"), P.sex(pat)]]
    if ident_v:
        rows.append([P.ident_label(), ident_v])
    rows += [[L("No de réclamation", "Claim number"), claim],
             [L("Diagnostic principal", "Primary diagnosis"), dx],
             [L("Date du début de l'incapacité", "Date disability began"), off.isoformat()],
             [L("Traitement actuel", "Current treatment"), "; ".join(meds) if meds else L("psychothérapie, arrêt de travail, suivi aux 2 sem.", "psychotherapy, off work, follow-up every 2 wks")],
             [L("Retour au travail prévu", "Expected return to work"), L("progressif à partir du ", "graduated from ") + ret.isoformat()],
             [L("Médecin traitant", "Attending physician"), f"{T.title_of(md, lang)} {md['given']} {md['surname']}"]]
    docx = A.make_docx(L("Déclaration du médecin traitant — invalidité", "Attending Physician Statement — disability"),
                       [L("Section B — à remplir par le médecin", "Part B — to be completed by the physician")], rows,
                       author=f"{md['given']} {md['surname']}")
    fname = rng.choice([L("Declaration_medecin_traitant.docx", "APS_completed.docx"),
                        f"{claim}_{T.slug(pat['surname'])}.docx",
                        L(f"Formulaire invalidité {pat['surname']}.docx", f"Disability form {pat['surname']}.docx")])
    text = L(f"Bonjour,\n\nVous trouverez ci-joint la déclaration du médecin traitant dûment remplie pour la réclamation {claim}. "
             f"Les frais de 60 $ seront facturés à l'assuré(e).\n\nCordialement,\n\n",
             f"Good afternoon,\n\nAttached is the completed Attending Physician Statement for claim {claim}. "
             f"The $60 form fee will be billed to the member.\n\nRegards,\n\n") + T.signature(
        T.staff_by_kw(rng, lang, "secrétaire", "medical secretary"), lang, rng, True)
    return P.spec(category="formulaire_assurance" if lang == "fr" else "insurance_form",
                  note=L("formulaire d'invalidité rempli pour un assureur", "completed disability form for an insurer"),
                  frm=(D.ORG[lang]["short"], f"formulaires@{D.ORG[lang]['domain']}"),
                  to=[(ins[0], f"reclamations@{ins[1]}")],
                  subject=L(f"Réclamation {claim} - déclaration du médecin", f"Claim {claim} - attending physician statement"),
                  text=text, attachments=[{"filename": fname,
                                           "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           "data": docx}])


# ------------------------------------------------------------------ 6
def reply_quote(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    np_ = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner")
    pat = P.main_patient(min_age=45)
    nm = P.name(pat, ["full", "title", "upper_comma", "initial"] if not pat.get("holder") else None)
    idtxt = ""
    if P.ident == "nam":
        idtxt = f" ({P.dob(pat)}, {P.sex(pat)}, {P.ident_label()} {P.ident_value(pat)})"
    elif P.ident:
        idtxt = f" ({P.ident_label()} {P.ident_value(pat)})"
    lab = P.lab_for(pat)
    earlier = ctx["when"] - datetime.timedelta(hours=rng.randint(2, 30))
    orig = L(f"Salut {np_['given']},\n\nPeux-tu voir {nm}{idtxt} en priorité cette semaine? "
             f"{'Connue' if pat['sex'] == 'F' else 'Connu'} pour {P.dx(pat)}. {lab[0]} à {lab[1]} {lab[2]} hier, et {'elle' if pat['sex'] == 'F' else 'il'} se plaint de fatigue et d'étourdissements. "
             f"Je pense qu'il faut revoir la médication.\n\nMerci\n{md['given']}",
             f"Hi {np_['given']},\n\nCould you see {nm}{idtxt} as a priority this week? "
             f"Known {P.dx(pat)}. {lab[0]} was {lab[1]} {lab[2]} yesterday and {'she complains' if pat['sex'] == 'F' else 'he complains'} of fatigue and dizziness. "
             f"I think the meds need a review.\n\nThanks\n{md['given']}")
    m = P.meds(pat, 1)[0]
    day = I.add_days(ctx["when"].date(), rng.randint(1, 3))
    reply = L(f"Oui, c'est fait. Je l'ai {'mise' if pat['sex'] == 'F' else 'mis'} {I.weekday_fr(day)} à {rng.choice(['9 h', '10 h 20', '13 h 40', '15 h'])}. "
              f"J'ai demandé de refaire la prise de sang la veille et d'apporter tous ses pots de pilules; on révisera le {m.split(' ')[0]} à la visite.\n\n{np_['given']}",
              f"Done - booked for {I.weekday_en(day)} at {rng.choice(['9:00', '10:20', '1:40', '3:00'])}. "
              f"I asked them to repeat the bloodwork the day before and bring all their pill bottles; we'll review the {m.split(' ')[0]} at the visit.\n\n{np_['given']}")
    text = reply + "\n\n" + T.quote(orig, T.na(md, lang), earlier, lang, rng=rng)
    subj_pat = rng.random() < 0.4
    subj = L("RE: patient à voir en priorité", "RE: patient to see this week") if not subj_pat else \
        L(f"RE: {pat['surname']}", f"RE: {pat['surname']}")
    return P.spec(category="reponse_ips" if lang == "fr" else "np_reply",
                  note=L("réponse IPS avec message cité", "NP reply with quoted request"),
                  frm=T.na(np_, lang), to=[T.na(md, lang)], subject=subj, text=text,
                  in_reply_to=f"<{rng.randrange(16 ** 12):012x}@{D.ORG[lang]['domain']}>")


# ------------------------------------------------------------------ 7
def patient_mail_forward(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    desk = T.staff_by_kw(rng, lang, "accueil", "front desk")
    np_ = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner")
    pat = P.main_patient(min_age=20)
    personal = f"{T.slug(pat['given'])[:1]}{T.slug(pat['surname'])}{rng.randint(10, 99)}@{rng.choice(['courrielperso.example', 'mailbox.example', 'videotron-maison.example'])}"
    meds = P.meds(pat)
    tel = P.phone(pat)
    sign = P.name(pat, ["full", "lower"] if not pat.get("holder") else ["full", "lower"])
    dob = P.dob(pat, "slash" if lang == "fr" else rng.choice(["long", "iso"]))
    idl = ""
    if P.ident == "nam":
        idl = L(f"\nMa carte soleil : {P.ident_value(pat)} (sexe {P.sex(pat)})", f"\nMy RAMQ card: {P.ident_value(pat)} (sex {P.sex(pat)})")
    elif P.ident:
        idl = f"\n{P.ident_label()}: {P.ident_value(pat)}"
    patient_text = L(
        f"Bonjour,\n\nJe suis {sign}, {'née' if pat['sex'] == 'F' else 'né'} le {dob}.{idl}\nJe vais manquer de mes médicaments la semaine prochaine "
        f"({', '.join(meds)}) et ma pharmacie me dit que l'ordonnance est finie. "
        f"Est-ce que l'infirmière peut la renouveler sans que je prenne RV? Je n'ai pas de voiture ce mois-ci.\n\n"
        f"Vous pouvez me rappeler au {tel}, après 15 h de préférence.\n\nMerci beaucoup",
        f"Hello,\n\nThis is {sign}, date of birth {dob}.{idl}\nI'm running out of my medication next week "
        f"({', '.join(meds)}) and the pharmacy says the prescription is finished. "
        f"Could the nurse practitioner renew it without an appointment? I don't have a car this month.\n\n"
        f"You can call me back at {tel}, preferably after 3 pm.\n\nThank you so much")
    earlier = ctx["when"] - datetime.timedelta(hours=rng.randint(1, 20))
    subj0 = rng.choice([L("renouvellement svp", "refill please"), L("Mes médicaments", "My medication"), L("Ordonnance", "prescription")])
    fwd = T.forward(patient_text, (T.pname(pat), personal), (L("Accueil", "Front desk"), f"accueil@{D.ORG[lang]['domain']}"),
                    earlier, subj0, lang)
    text = L(f"{np_['given']}, demande reçue sur la boîte de l'accueil. Je te la transfère, elle est au dossier.\n\n{desk['given']}\n\n",
             f"{np_['given']}, this came into the front desk inbox. Forwarding to you; it's been added to the chart.\n\n{desk['given']}\n\n") + fwd
    return P.spec(category="courriel_patient" if lang == "fr" else "patient_email",
                  note=L("courriel de patient transféré à l'IPS", "patient e-mail forwarded to NP"),
                  frm=T.na(desk, lang), to=[T.na(np_, lang)], subject=L("TR: ", "Fwd: ") + subj0, text=text)


# ------------------------------------------------------------------ 8
def ics_followup(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    np_ = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner", "infirmière clinicienne", "clinical nurse")
    sender = T.staff_by_kw(rng, lang, "accueil", "front desk", "secrétaire", "medical secretary")
    pat = P.main_patient()
    d = I.add_days(ctx["when"].date(), rng.randint(2, 20))
    start = datetime.datetime(d.year, d.month, d.day, rng.choice([8, 9, 10, 13, 14, 15]), rng.choice([0, 20, 40]))
    end = start + datetime.timedelta(minutes=rng.choice([20, 30, 40]))
    short = P.name(pat, ["sur_init", "comma", "full"] if not pat.get("holder") else ["comma", "full"])
    dx = P.dx(pat)
    desc_parts = [L(f"Suivi {dx}", f"Follow-up {dx}")]
    if rng.random() < 0.6:
        lab = P.lab_for(pat)
        desc_parts.append(L(f"Revoir {lab[0]} {lab[1]} {lab[2]}", f"Review {lab[0]} {lab[1]} {lab[2]}"))
    desc_parts.append(L(f"Tél. patient : {P.phone(pat)}", f"Patient phone: {P.phone(pat)}"))
    if P.ident == "nam":
        desc_parts.append(f"{P.dob(pat)} / {P.sex(pat)} / {P.ident_label()} {P.ident_value(pat)}")
    elif P.ident:
        desc_parts.append(f"{P.ident_label()} {P.ident_value(pat)}")
    summary = L(f"Suivi IPS - {short}", f"NP follow-up - {short}")
    ics = A.make_ics(f"{rng.randrange(16 ** 16):016x}@{D.ORG[lang]['domain']}", start, end, summary,
                     "\n".join(desc_parts), L("Bureau 3, " + D.ORG[lang]["name"], "Room 3, " + D.ORG[lang]["name"]),
                     organizer=T.na(sender, lang), attendees=[T.na(np_, lang)])
    text = rng.choice([
        L(f"Bonjour {np_['given']},\n\nRV ajouté à ton horaire, voir l'invitation.\n\n{sender['given']}",
          f"Hi {np_['given']},\n\nAppointment added to your schedule, see invite.\n\n{sender['given']}"),
        L("Invitation ci-jointe.", "Invite attached."),
    ])
    return P.spec(category="rdv_suivi" if lang == "fr" else "followup_invite",
                  note=L("invitation de calendrier pour un suivi", "calendar invite for a follow-up"),
                  frm=T.na(sender, lang), to=[T.na(np_, lang)],
                  subject=L("Invitation : ", "Invitation: ") + summary if rng.random() < 0.5 else L("RV ajouté", "Appt added"),
                  text=text, attachments=[{"filename": "invite.ics", "ctype": "text/calendar",
                                           "ctype_extra": "; method=REQUEST", "text": ics}])


# ------------------------------------------------------------------ 9
SOCIAL = [
    ("a perdu son logement à la fin juin et dort chez sa sœur, sur le divan",
     "lost their apartment at the end of June and is sleeping on their sister's couch"),
    ("rapporte de la violence conjugale (conjoint contrôlant, menaces); pas d'enfants à la maison",
     "discloses intimate partner violence (controlling partner, threats); no children at home"),
    ("vit seul(e), insécurité alimentaire, prestations d'aide sociale coupées depuis 2 mois",
     "lives alone, food insecurity, income support cut off 2 months ago"),
    ("la mère a été signalée à la DPJ la semaine dernière, l'enfant est présentement chez sa grand-mère",
     "the mother was reported to youth protection (DPJ) last week; the child is staying with the grandmother"),
    ("proche aidant(e) épuisé(e) de son conjoint atteint d'Alzheimer, demande de répit",
     "exhausted caregiver for a spouse with Alzheimer's, asking for respite"),
]


def social_referral(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    np_ = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner", "médecin", "physician")
    clsc = rng.choice(D.CLSC)
    tsname = rng.choice([("Geneviève Rainville", "genevieve.rainville"), ("Marco Dinardo", "marco.dinardo"),
                         ("Ashley Brennan", "ashley.brennan")])
    pat = P.main_patient(min_age=3 if rng.random() < 0.3 else 19)
    if I.age_on(pat["dob"], ctx["when"].date()) < 18:
        k = 3
    else:
        k = rng.choice([0, 1, 2, 4])
    P.t("social_information")
    soc = SOCIAL[k][0] if lang == "fr" else SOCIAL[k][1]
    idl = P.id_block(pat, rng.choice(["lines", "inline"]))
    extra = ""
    if rng.random() < 0.6:
        extra = L(f" Suivi au GMF pour {P.dx(pat)}.", f" Followed at the GMF for {P.dx(pat)}.")
    contact = L(f"Joignable au {P.phone(pat)} (cellulaire perso)", f"Reachable at {P.phone(pat)} (own cell)") if rng.random() < 0.7 else \
        L(f"Adresse temporaire : {P.address(pat)}", f"Temporary address: {P.address(pat)}")
    text = L(f"Bonjour {tsname[0].split()[0]},\n\nJe vous réfère la personne suivante pour évaluation psychosociale (accord verbal obtenu) :\n\n"
             + "\n".join(idl) + f"\n\nSituation : {soc}.{extra}\n{contact}\n\n"
             f"Pouvez-vous {'la' if pat['sex'] == 'F' else 'le'} contacter dans les prochains jours? Je reste disponible.\n\n",
             f"Hello {tsname[0].split()[0]},\n\nI'm referring the following person for a psychosocial assessment (verbal consent obtained):\n\n"
             + "\n".join(idl) + f"\n\nSituation: {soc}.{extra}\n{contact}\n\n"
             "Could you reach out in the next few days? I remain available.\n\n") + T.signature(np_, lang, rng, True)
    return P.spec(category="reference_psychosociale" if lang == "fr" else "social_work_referral",
                  note=L("référence psychosociale au CLSC", "psychosocial referral to CLSC"),
                  frm=T.na(np_, lang), to=[(tsname[0], f"{tsname[1]}@{clsc[1]}")],
                  subject=rng.choice([L("Référence psychosociale", "Psychosocial referral"),
                                      L("Référence TS - confidentiel", "SW referral - confidential")]),
                  text=text, importance="High" if rng.random() < 0.4 else None)


# ------------------------------------------------------------------ 10
def subject_only(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    nurse = T.staff_by_kw(rng, lang, "infirmière", "clinical nurse", "IPS", "nurse practitioner")
    pat = P.main_patient()
    nm = P.name(pat, ["full", "title", "upper_comma", "lower", "sur_init"] if not pat.get("holder") else None)
    which = rng.choice([t for t in D.LABS_TESTS if t[0] in ("TSH", "INR", "HbA1c", "Potassium", "Ferritine")])
    lab = P.lab(which=which)
    plan = {
        "TSH": L("Augmenter Synthroid de 25 mcg, TSH dans 6 sem.", "Increase Synthroid by 25 mcg, TSH in 6 wks."),
        "INR": L("Sauter une dose de Coumadin, INR vendredi.", "Hold one dose of Coumadin, INR on Friday."),
        "HbA1c": L("Ajouter Ozempic 0,25 mg/sem, RV IPS 1 mois.", "Add Ozempic 0.25 mg weekly, NP appt 1 month."),
        "Potassium": L("Cesser le spironolactone, refaire ions demain.", "Stop spironolactone, repeat lytes tomorrow."),
        "Ferritine": L("Fer PO 1 co. aux 2 jours, revoir dans 3 mois.", "Oral iron every other day, recheck in 3 months."),
    }[which[0]]
    P.t("medication")
    if which[0] in ("INR", "TSH", "HbA1c"):
        P.t("diagnosis")
        plan = L({"INR": "FA sous warfarine. ", "TSH": "Hypothyroïdie. ", "HbA1c": "DB2. "}[which[0]],
                 {"INR": "AF on warfarin. ", "TSH": "Hypothyroid. ", "HbA1c": "T2DM. "}[which[0]]) + plan
    idtxt = ""
    if P.ident == "nam":
        idtxt = f" [{P.dob(pat, 'iso')} {P.sex(pat)} {P.ident_value(pat, style='plain')}]"
    elif P.ident:
        idtxt = f" [{P.ident_value(pat)}]"
    subject = rng.choice([f"{nm}{idtxt} - {lab[0]}", f"{lab[0]} {nm}{idtxt}", f"RE: {nm}{idtxt}"])
    body = rng.choice([f"{lab[0]} {lab[1]} {lab[2]}. {plan}\n\n{L('Peux-tu aviser svp?', 'Can you let them know?')}\n{md['given'][0]}.",
                       f"{lab[0]} = {lab[1]}\n{plan}\n\n{md['given']}"])
    return P.spec(category="resultat_objet" if lang == "fr" else "result_subject",
                  note=L("résultat et conduite, patient nommé dans l'objet", "result and plan, patient named in Subject"),
                  frm=T.na(md, lang), to=[T.na(nurse, lang)], subject=subject, text=body)


SCENARIOS = [
    ("pharm_renewal", pharm_renewal, [None, "nam", "nam", "mrn"]),
    ("lab_callback", lab_callback, [None, "nam", "mrn"]),
    ("walkin_roster", walkin_roster, ["nam", "ohn", "mrn", None]),
    ("referral_pdf", referral_pdf, ["nam", "niss", "nir", "mrn", "ohn", None]),
    ("insurance_form", insurance_form, ["sin", "sin", "nam", None]),
    ("reply_quote", reply_quote, [None, "mrn", "nam"]),
    ("patient_mail_forward", patient_mail_forward, [None, "nam", "ohn"]),
    ("ics_followup", ics_followup, [None, "mrn", "nam"]),
    ("social_referral", social_referral, ["nam", None, "sin"]),
    ("subject_only", subject_only, [None, "nam", "mrn"]),
]
