"""Positive templates, part C: replies, forwards, attached e-mails, invitations, vCards, ZIPs, subject-only names."""
import datetime as _dt

import gen_attach as A
import gen_clin as K
import gen_common as C
import gen_mime as M
from gen_clin import B, addr_of


def _when(rng, lang):
    d = _dt.date(2025, rng.randint(1, 5), rng.randint(1, 28))
    h, m = rng.randint(7, 18), rng.randint(0, 59)
    if lang == "fr":
        ab = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][d.month - 1]
        return d, f"{C.JOURS[d.weekday()][:3]}. {d.day} {ab} {d.year} à {h:02d}:{m:02d}"
    return d, f"{C.DAYS[d.weekday()][:3]}, {C.MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {h}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _ask_text(b, p, ident):
    r, lang = b.rng, b.lang
    scen = r.choice(["crao", "gca", "uveitis", "amd", "rd"])
    if scen == "crao":
        b.t("diagnosis", "lab_result")
        return b.L(f"Pourrais-tu voir {ident}? Perte visuelle subite OG il y a 3 h, AV compte les doigts, pupille afférente +. Je pense à une OACR.",
                   f"Could you see {ident}? Sudden painless vision loss OS 3 h ago, VA count fingers, RAPD+. Query CRAO.")
    if scen == "gca":
        b.t("diagnosis", "lab_result", "medication")
        return b.L(f"{ident} : céphalée temporale, claudication de la mâchoire, diplopie transitoire. VS {r.randint(60, 110)}, CRP {r.randint(30, 140)}. On débute prednisone?",
                   f"{ident}: temporal headache, jaw claudication, transient diplopia. ESR {r.randint(60, 110)}, CRP {r.randint(30, 140)}. Should we start prednisone?")
    if scen == "uveitis":
        b.t("diagnosis", "medication")
        return b.L(f"{ident}, connu{b.e(p)} pour spondylarthrite, œil rouge douloureux photophobe depuis 2 jours. Déjà sous Pred Forte q2h prescrit par le sans-RV.",
                   f"{ident}, known ankylosing spondylitis, painful photophobic red eye x 2 days. Already on Pred Forte q2h from the walk-in clinic.")
    if scen == "amd":
        b.t("diagnosis", "lab_result")
        return b.L(f"{ident} a manqué ses deux derniers RV d'injection; OCT d'aujourd'hui : {K.oct_line(r, lang)}. On peut {b.le(p)} ravoir cette semaine?",
                   f"{ident} missed the last two injection visits; today's OCT: {K.oct_line(r, lang)}. Can we fit them in this week?")
    b.t("diagnosis")
    return b.L(f"{ident} : voile inférieur OD depuis ce matin, déchirure vue au fond d'œil par l'optométriste.",
               f"{ident}: inferior curtain OD since this morning, tear seen on fundus exam by the optometrist.")


# --------------------------------------------------------------------------- reply with quoted text
def consult_reply(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "consult_reply", "reply to a consult request with quoted thread")
    asker = ctx.person(r.choice(["resident", "nurse", "optom"]))
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=(r.random() < 0.4), min_age=20)
    ident = b.ident_line(p) if r.random() < 0.7 else b.name(p)
    ask = _ask_text(b, p, ident)
    orig_subj = r.choice([b.L("Consultation urgente ophtalmo", "Urgent ophtho consult"), b.L("Question patient", "Patient question"), b.L("Peux-tu voir?", "Can you see?")])
    _, when = _when(r, lang)
    reply = r.choice([b.L(f"Oui, envoie-{b.le(p)} à la clinique demain 8 h, je vais {b.le(p)} voir entre deux patients. Qu'{b.il(p)} apporte ses gouttes.",
                          "Yes, send them to clinic tomorrow at 8, I'll squeeze them in. Ask them to bring their drops."),
                      b.L("Je viens de regarder les images. Ça presse : direction urgence maintenant, j'avise le résident.",
                          "Just looked at the images. This is urgent: ER now, I'm letting the resident know."),
                      b.L("OK pour moi. Je mets une note au dossier.", "Fine with me. I'll put a note in the chart.")])
    if r.random() < 0.3:
        reply = b.L(f"Pour {p['given']} : ", f"Re {p['given']}: ") + reply
    if r.random() < 0.4:
        reply += b.L(f" En attendant : {K.gl_drug(r, lang)}.", f" In the meantime: {K.gl_drug(r, lang)}.")
        b.t("medication")
    intro = b.L(f"Le {when}, {C.staff_name(asker, lang, False)} <{asker['email']}> a écrit :",
                f"On {when}, {C.staff_name(asker, lang, False)} <{asker['email']}> wrote:")
    blocks = [("p", reply), ("sig", C.staff_name(md, lang)),
              ("quote", intro, [("p", C.greet(r, lang, md["given"])), ("p", ask), ("p", C.closing(r, lang)), ("sig", C.signature(asker, lang, r))])]
    mid = f"<{r.getrandbits(40):010x}.{asker['email'].split('@')[0]}@{asker['email'].split('@')[1]}>"
    return b.spec(addr_of(md, lang), [addr_of(asker, lang)], b.L("RE: ", "RE: ") + orig_subj, blocks,
                  extra_headers=[("In-Reply-To", mid), ("References", mid)])


# --------------------------------------------------------------------------- inline forward
def fwd_inline(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "forward", "inline forward of a clinical thread")
    orig = ctx.person(r.choice(["optom", "nurse", "tech"]))
    fwd = ctx.person(r.choice(["clerk", "nurse", "ophtalmo"]))
    to = ctx.person(r.choice(["ophtalmo", "manager", "clerk"]), exclude=(fwd,))
    p = b.pat(use_nam=(r.random() < 0.5), min_age=30)
    ident = b.ident_line(p)
    ask = _ask_text(b, p, ident)
    if r.random() < 0.4:
        ask += b.L(f" Elle/il habite au {b.addr(p)}.", f" Lives at {b.addr(p)}.")
    osubj = r.choice([b.L("Référence", "Referral"), b.L("Patient à revoir", "Patient to review"), b.L("Suivi", "Follow-up")])
    _, when = _when(r, lang)
    if lang == "fr":
        hdr = ["-------- Message transféré --------", f"De : {C.staff_name(orig, lang, False)} <{orig['email']}>",
               f"Envoyé : {when}", f"À : {fwd['email']}", f"Objet : {osubj}"]
    else:
        hdr = ["---------- Forwarded message ---------", f"From: {C.staff_name(orig, lang, False)} <{orig['email']}>",
               f"Date: {when}", f"To: {fwd['email']}", f"Subject: {osubj}"]
    note = r.choice([b.L("Peux-tu t'en occuper? Je suis en congé demain.", "Can you take care of this? I'm off tomorrow."),
                     b.L("Pour ton info, à prioriser.", "FYI, please prioritise."), b.L("Voir plus bas.", "See below.")])
    if r.random() < 0.4:
        note += b.L(f" {p['given']} a rappelé deux fois ce matin, {b.il(p)} est {'inquiète' if p['sex'] == 'F' else 'inquiet'}.", f" {p['given']} called twice this morning and is worried.")
    blocks = [("p", note), ("sig", C.staff_name(fwd, lang, False)),
              ("fwd", hdr, [("p", C.greet(r, lang)), ("p", ask), ("sig", C.signature(orig, lang, r))])]
    return b.spec(addr_of(fwd, lang), [addr_of(to, lang)], b.L("TR: ", "Fwd: ") + osubj, blocks)


# --------------------------------------------------------------------------- attached message/rfc822
def attached_eml(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "attached_message", "forward of a patient or colleague e-mail as attached .eml")
    clerk = ctx.person(r.choice(["clerk", "nurse"]))
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=(r.random() < 0.5), min_age=30)
    from_patient = r.random() < 0.5
    if from_patient:
        pe = C.strip_accents(p["given"]).lower() + "." + C.strip_accents(p["surname"]).lower().replace("'", "") + r.choice(["", "58", "_qc"]) + "@courriel.example"
        d = b.dob(p)
        nm = b.name(p, full=True)
        extra = ""
        if p["is_nam"]:
            extra = b.L(f" (sexe {p['sex']}, carte RAMQ {b.nam(p)})", f" (sex {p['sex']}, RAMQ card {b.nam(p)})")
        body = b.L(f"Bonjour,\n\nJe m'appelle {nm}, né{b.e(p)} le {d}{extra}. J'ai ma piqûre dans l'œil gauche prévue le {C.fmt_day(K.future_day(r), lang)} "
                   f"mais je n'ai plus personne pour me conduire depuis que mon mari est à l'hôpital. Je vois de plus en plus de lignes croches. "
                   f"Est-ce que je peux changer de date?\nMon numéro : {b.phone(p)}\n\nMerci",
                   f"Hello,\n\nMy name is {nm}, born {d}{extra}. My eye injection (left eye) is booked for {C.fmt_day(K.future_day(r), lang)} "
                   f"but I have nobody to drive me since my husband was admitted to hospital. Straight lines look more and more wavy. "
                   f"Could I change the date?\nMy number: {b.phone(p)}\n\nThank you")
        b.t("diagnosis", "social_information")
        inner_from = (f"{p['given']} {p['surname']}", pe)
        inner_subj = b.L("Rendez-vous injection", "Injection appointment")
    else:
        opt = ctx.person("optom")
        ident = b.ident_line(p)
        body = b.L("Bonjour,\n\n", "Hello,\n\n") + _ask_text(b, p, ident) + "\n\n" + C.signature(opt, lang, r)
        inner_from = addr_of(opt, lang)
        inner_subj = b.L("Référence urgente", "Urgent referral")
    ispec = {"lang": lang, "from": inner_from, "to": [addr_of(clerk, lang)], "subject": inner_subj,
             "blocks": [("pre", body)], "attachments": []}
    idate = _dt.datetime(2025, r.randint(1, 5), r.randint(1, 28), r.randint(7, 20), r.randint(0, 59), tzinfo=_dt.timezone(_dt.timedelta(hours=-5)))
    imid = f"<{r.getrandbits(48):012x}@{inner_from[1].split('@')[1]}>"
    inner = M.assemble(r, ispec, idate, imid, form="plain")
    b.att({"kind": "eml", "filename": M.fits(inner_subj, "ascii") and (inner_subj.replace(" ", "_") + ".eml") or "message.eml", "data": inner})
    blocks = [("p", C.greet(r, lang, md["given"])),
              ("p", r.choice([b.L("Je te transfère le courriel reçu ce matin (en pièce jointe). Comment veux-tu procéder?", "Forwarding the e-mail we got this morning (attached). How do you want to handle it?"),
                              b.L("Voir le message ci-joint, à traiter svp.", "See attached message, please action.")])),
              ("p", C.closing(r, lang)), ("sig", C.signature(clerk, lang, r, "retina"))]
    return b.spec(addr_of(clerk, lang), [addr_of(md, lang)], b.L("TR: ", "FW: ") + inner_subj, blocks)


# --------------------------------------------------------------------------- calendar invitation
def ics_appt(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "appointment_invite", "calendar invitation for a patient procedure")
    org = ctx.person(r.choice(["clerk", "nurse"]))
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=False, min_age=50)
    day = K.future_day(r)
    start = _dt.datetime(day.year, day.month, day.day, r.randint(7, 14), r.choice([0, 15, 30, 45]))
    proc = r.choice([(b.L("IVT OG", "IVI OS"), K.ret_drug(r, lang), K.ret_dx(r, lang)),
                     (b.L("SLT OD", "SLT OD"), "", K.gl_dx(r, lang)),
                     (b.L("Phaco + LIO OD", "Phaco + IOL OD"), "", K.cat_dx(r, lang)),
                     (b.L("Laser PRP OG", "PRP laser OS"), "", b.L("rétinopathie diabétique proliférante", "proliferative diabetic retinopathy"))])
    nm = b.name(p, style=r.choice(["SUR_given", "sur_init", "given_sur"]))
    mr = b.mrn(p, allow_fw=False)
    b.t("diagnosis")
    if proc[1]:
        b.t("medication")
    summ = f"{proc[0]} — {nm} ({mr})"
    drug_txt = f" {proc[1]}." if proc[1] else ""
    desc = b.L(f"Dx : {proc[2]}.{drug_txt} Patient à jeun non requis. Interprète : non.", f"Dx: {proc[2]}.{drug_txt} No fasting required. Interpreter: no.")
    loc = b.L("Salle de procédures C-322", "Procedure room C-322")
    ics = A.make_ics(f"appt-{p['mrn']}-{day.isoformat()}@chve.example", start, start + _dt.timedelta(minutes=30), summ, desc, loc,
                     addr_of(org, lang), [addr_of(md, lang)])
    b.att({"kind": "ics", "filename": "invite.ics", "text": ics, "method": "REQUEST"})
    blocks = [("p", b.L(f"Invitation : {proc[0]} le {C.fmt_day(day, lang)}.", f"Invitation: {proc[0]} on {C.fmt_day(day, lang)}.")),
              ("sig", C.signature(org, lang, r))]
    subject = b.L("Invitation : ", "Invitation: ") + (summ if r.random() < 0.5 else proc[0] + f" {day.isoformat()}")
    return b.spec(addr_of(org, lang), [addr_of(md, lang)], subject, blocks)


# --------------------------------------------------------------------------- vCard
def vcard_contact(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "patient_vcard", "patient contact card shared for a callback")
    clerk = ctx.person("clerk")
    other = ctx.person(r.choice(["clerk", "nurse"]), exclude=(clerk,))
    p = b.pat(use_nam=False, min_age=50)
    b.t("patient_name")
    tel = b.phone(p)
    ad = b.addr(p)
    note = b.L(f"{K.ret_dx(r, lang)} — {K.ret_drug(r, lang)} {K.interval(r, lang)}", f"{K.ret_dx(r, lang)} - {K.ret_drug(r, lang)} {K.interval(r, lang)}")
    b.t("diagnosis", "medication")
    card = A.make_vcard(p["given"], p["surname"], tel=tel, adr=ad, note=note, bday=p["dob"].isoformat() if r.random() < 0.5 else None)
    if "BDAY" in card:
        b.t("date_of_birth")
    b.att({"kind": "vcf", "filename": f"{p['given']} {p['surname']}.vcf", "text": card})
    blocks = [("p", C.greet(r, lang, other["given"])),
              ("p", b.L(f"Peux-tu {b.le(p)} rappeler pour déplacer son injection de jeudi? Coordonnées dans la carte jointe, {b.il(p)} préfère être appelé{b.e(p)} en après-midi.",
                        "Could you call them back to move Thursday's injection? Contact details in the attached card; afternoons are best.")),
              ("p", C.closing(r, lang)), ("sig", C.signature(clerk, lang, r, "retina"))]
    return b.spec(addr_of(clerk, lang), [addr_of(other, lang)], b.L("Rappel patient", "Patient callback"), blocks)


# --------------------------------------------------------------------------- ZIP of reports
def zip_reports(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "report_archive", "ZIP of visual-field / OCT reports")
    tech = ctx.person("tech")
    md = ctx.person("ophtalmo")
    members = []
    summary = [b.L(["Patient", "Dossier", "Examen", "Résultat"], ["Patient", "MRN", "Test", "Result"])]
    for i in range(r.randint(2, 4)):
        p = b.pat(use_nam=(r.random() < 0.3), min_age=40)
        is_vf = r.random() < 0.5
        res = K.vf(r, lang) if is_vf else K.oct_line(r, lang)
        dx = K.gl_dx(r, lang) if is_vf else K.ret_dx(r, lang)
        test = b.L("CV", "VF") if is_vf else "OCT"
        ident = b.ident_line(p, allow_fw=False, with_mrn=True)
        nm_file = f"{C.strip_accents(p['surname']).upper()}_{C.strip_accents(p['given'])}"
        members.append((f"{nm_file}_{test}.pdf",
                        A.make_pdf(b.L("Rapport d'examen", "Test report"), [ident, res, b.L("Dx : ", "Dx: ") + dx], author=C.staff_name(tech, lang, False), compress=r.random() < 0.5)))
        summary.append([C.pname(r, p, lang, "SUR_given", full=True), p["mrn"], test, res])
    b.t("lab_result", "diagnosis", "mrn")
    if r.random() < 0.5:
        members.append(("sommaire.csv" if lang == "fr" else "summary.csv", A.make_csv(summary).encode("utf-8")))
    day = K.future_day(r)
    b.att({"kind": "zip", "filename": b.L(f"rapports_imagerie_{day.isoformat()}.zip", f"imaging_reports_{day.isoformat()}.zip"), "data": A.make_zip(members)})
    blocks = [("p", C.greet(r, lang, md["given"])),
              ("p", b.L("Les rapports de la clinique d'hier sont dans le fichier compressé. Deux ont une fiabilité limite (pertes de fixation).",
                        "Yesterday's reports are in the zip file. Two have borderline reliability (fixation losses).")),
              ("sig", C.signature(tech, lang, r, "imaging"))]
    return b.spec(addr_of(tech, lang), [addr_of(md, lang)], b.L("Rapports CV/OCT", "VF/OCT reports"), blocks)


# --------------------------------------------------------------------------- name only in the Subject
def subject_only(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "subject_name", "patient named only in the subject line")
    s = ctx.person(r.choice(["clerk", "nurse", "tech"]))
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=False, min_age=40)
    nm = b.name(p, style=r.choice(["SUR_given", "title_sur", "given_sur", "lower", "title_init_sur"]))
    kind = r.choice(["iop", "cancel", "drops", "result"])
    if kind == "iop":
        subj = nm + b.L(" — PIO 34 OG ce matin", " - IOP 34 OS this am")
        body = b.L(f"{b.il(p).capitalize()} est en salle 2. Vu{b.e(p)} à la clinique de glaucome il y a un mois, sous {K.gl_drug(r, lang)}. Mal de tête et halos depuis hier. Tu passes?",
                   f"In room 2. Seen in glaucoma clinic a month ago, on {K.gl_drug(r, lang)}. Headache and halos since yesterday. Can you come by?")
        b.t("lab_result", "medication", "diagnosis")
    elif kind == "cancel":
        subj = b.L("Annulation ", "Cancellation ") + nm
        body = b.L(f"A annulé son injection ({K.ret_drug(r, lang)}) pour la 3e fois, dit ne plus avoir les moyens de payer le stationnement et le taxi. J'ai référé à la TS.",
                   f"Cancelled their injection ({K.ret_drug(r, lang)}) for the 3rd time; says they can no longer afford parking and taxis. Referred to social work.")
        b.t("medication", "social_information")
    elif kind == "drops":
        subj = nm + b.L(" / renouvellement", " / refill")
        body = b.L(f"La pharmacie demande un renouvellement de {K.gl_drug(r, lang)} et {K.gl_drug(r, lang)}. Dx {K.gl_dx(r, lang)}. Je prépare l'ordonnance pour signature?",
                   f"Pharmacy is asking to renew {K.gl_drug(r, lang)} and {K.gl_drug(r, lang)}. Dx {K.gl_dx(r, lang)}. Shall I prepare the Rx for signature?")
        b.t("medication", "diagnosis")
    else:
        subj = b.L("Résultat — ", "Result - ") + nm
        body = b.L(f"{K.vf(r, lang)}, progression vs 2024. {K.rnfl(r, lang)}.", f"{K.vf(r, lang)}, progression vs 2024. {K.rnfl(r, lang)}.")
        b.t("lab_result")
    blocks = [("p", body), ("sig", C.signature(s, lang, r))]
    return b.spec(addr_of(s, lang), [addr_of(md, lang)], subj, blocks)
