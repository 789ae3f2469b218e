"""Positive scenarios, part 3: social work, calendar and contact cards, quick
notes, forwards, replies, attached messages, archives, critical values,
cancellations, home care, names only in a file name or Subject."""
import datetime as dt

import gen_attach as A
from gen_posbase import (addr, dob, ident_lines, mrn, nam, nm, pick, sexl,
                         sin, surname_file, tel)
from gen_common import fold
from gen_text import INPATIENT, P, labs, med_list, med_name, proc_for


def _local(s):
    return "".join(ch for ch in fold(s) if ch.isalnum())


# ------------------------------------------------------------------ 18
def social_work(c, lang):
    r = c.rng
    kind = r.choice(["housing", "violence", "dpj", "income"])
    if kind == "dpj":
        p = pick(c, 0.7, min_age=3, max_age=15)
    else:
        p = pick(c, 0.4, min_age=25)
        while kind == "violence" and p.sex != "F":
            p = pick(c, 0.4, min_age=25)
    sw = c.f.staff("social")
    sx = c.f.staff("surgeon")
    nurse = c.f.staff("or_nurse")
    pr = proc_for(r, p, emerg=True)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"social_information", "diagnosis"})
    who = nm(c, p, lang, r.choice(["full", "title", "upper_comma"]))
    if fr:
        head = f"Suivi social — {who}" + (f", dossier {mrn(c, p)}" if r.random() < 0.6 else "")
        txt = {
            "housing": [f"Rencontré{'e' if p.sex == 'F' else ''} ce matin en vue du congé (J{r.randrange(2, 6)} {proc}).",
                        "Vit seul(e) dans un 3e étage sans ascenseur; avis d'éviction reçu pour la fin du mois.",
                        "Aucun proche aidant. Demande d'hébergement temporaire en convalescence faite au CLSC.",
                        "SVP ne pas donner congé avant que la place soit confirmée."],
            "violence": [f"Dévoilement de violence conjugale lors de l'évaluation préop ({dx}).",
                         "La patiente ne souhaite pas que son conjoint soit informé de la date de chirurgie ni de l'heure de congé.",
                         "Hébergement prévu en maison d'aide à la sortie; SVP aucune information au téléphone sauf code convenu.",
                         "Ne pas inscrire l'adresse actuelle dans le système."],
            "dpj": [f"Enfant de {p.age()} ans opéré{'e' if p.sex == 'F' else ''} pour {dx} ({proc}).",
                    "Signalement retenu par la DPJ la semaine dernière; l'intervenante est Mme Ouimet-Gendron (Centre jeunesse).",
                    "Seule la grand-mère est autorisée aux visites et au congé; le père n'a pas droit de visite.",
                    "Merci d'aviser l'équipe de soir."],
            "income": [f"Prestataire de l'aide sociale, sans assurance médicaments privée; opéré{'e' if p.sex == 'F' else ''} pour {dx}.",
                       "Ne pourra pas payer l'énoxaparine x 28 jours au congé : demande de médicament d'exception faite.",
                       "Pas de transport pour les suivis : billets de taxi remis pour les 2 prochains rendez-vous.",
                       "A exprimé de l'anxiété importante face à la perte de son logement."]}[kind]
        subj = r.choice(["Suivi social — congé", "Note TS — confidentiel", f"Travail social / {p.surname}"])
    else:
        head = f"Social work follow-up: {who}" + (f", MRN {mrn(c, p)}" if r.random() < 0.6 else "")
        txt = {
            "housing": [f"Met this morning re discharge (POD{r.randrange(2, 6)} {proc}).",
                        "Lives alone, 3rd floor walk-up; received an eviction notice for the end of the month.",
                        "No caregiver. Temporary convalescent housing requested through the CLSC.",
                        "Please do not discharge until the placement is confirmed."],
            "violence": [f"Disclosed intimate partner violence at the pre-op assessment ({dx}).",
                         "Patient does not want her partner told the surgery date or discharge time.",
                         "Shelter bed arranged for discharge; no information by phone except with the agreed code word.",
                         "Do not enter the current address in the system."],
            "dpj": [f"{p.age()}-year-old child operated for {dx} ({proc}).",
                    "Youth protection (DPJ) report was retained last week; caseworker is Ms. Ouimet-Gendron.",
                    "Only the grandmother is authorized to visit and take the child home; father has no visiting rights.",
                    "Please hand over to the evening team."],
            "income": [f"On social assistance, no private drug coverage; operated for {dx}.",
                       "Cannot pay for enoxaparin x 28 days at discharge: exception drug request submitted.",
                       "No transport to follow-ups: taxi vouchers given for the next 2 visits.",
                       "Expressed significant anxiety about losing housing."]}[kind]
        subj = r.choice(["Social work - discharge planning", "SW note - confidential", f"Social work / {p.surname}"])
    if kind == "income":
        c.types.add("medication")
        if r.random() < 0.6:
            txt.append(("Demande d'aide de dernier recours complétée avec " + ("la patiente" if p.sex == "F" else "le patient") + f" (NAS {sin(c, p)})." if fr else
                        f"Last-resort financial assistance application completed with the patient (SIN {sin(c, p)})."))
    if p.surname in subj:
        c.types.add("patient_name")
    if p.holder:
        txt.insert(0, (f"DDN {dob(c, p, lang)}, NAM {nam(c, p)}, {sexl(c, p, lang)}" if fr else
                       f"DOB {dob(c, p, lang)}, RAMQ {nam(c, p)}, {sexl(c, p, lang)}"))
    blocks = [("p", c.hello(lang)), ("p", head), ("p", "\n".join(txt)), ("p", c.bye(lang)), ("sig", c.sig(sw, lang))]
    spec = c.spec(lang, sw, [sx, nurse], subj, blocks)
    return dict(spec=spec, cat="social_work", note="social work note on discharge barriers")


# ------------------------------------------------------------------ 19
def ics_appointment(c, lang):
    r = c.rng
    p = pick(c, 0.4, min_age=19)
    bk = c.f.staff(r.choice(["booking", "preop_nurse"]))
    sx = c.f.staff("surgeon")
    an = c.f.staff("anesth")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"diagnosis", "patient_name"})
    internal = r.random() < 0.5
    day_ = c.later(3, 30)
    hh = r.choice([7, 8, 10, 13])
    start = dt.datetime(day_.year, day_.month, day_.day, hh, r.choice([0, 30]))
    end = start + dt.timedelta(minutes=pr[5] + 30)
    ident = ("Dossier " if fr else "MRN ") + mrn(c, p) if r.random() < 0.6 else ""
    if p.holder:
        ident += ("; " if ident else "") + (f"NAM {nam(c, p)}, DDN {dob(c, p, lang)}, {sexl(c, p, lang)}" if fr
                                             else f"RAMQ {nam(c, p)}, DOB {dob(c, p, lang)}, {sexl(c, p, lang)}")
    if internal:
        summ = f"{'Salle' if fr else 'OR'} {r.randrange(1, 9)} — {nm(c, p, lang, r.choice(['upper_comma', 'sur_first', 'full']))} — {proc}"
        desc = ((f"Diagnostic : {dx}\n{ident}\nChirurgien : {sx.titled('fr')}\nAnesthésie : {an.titled('fr')}\n"
                 f"Matériel : {r.choice(['colonne laparo 4K', 'filet 15x15', 'agrafeuse linéaire 60 mm'])}") if fr else
                (f"Diagnosis: {dx}\n{ident}\nSurgeon: {sx.titled('en')}\nAnesthesia: {an.titled('en')}\n"
                 f"Equipment: {r.choice(['4K lap tower', '15x15 mesh', '60 mm linear stapler'])}"))
        att = [(sx.full, sx.addr), (an.full, an.addr)]
        to = [sx, an]
        body = ("Invitation pour la plage opératoire ci-dessous." if fr else "Invitation for the OR slot below.")
    else:
        summ = (f"Clinique préopératoire — {nm(c, p, lang, 'full')}" if fr else f"Pre-operative clinic - {nm(c, p, lang, 'full')}")
        start = dt.datetime(day_.year, day_.month, day_.day, r.choice([8, 9, 13, 14]), r.choice([0, 15, 30]))
        end = start + dt.timedelta(minutes=90)
        meds = med_list(r, 1)
        c.types.add("medication")
        desc = ((f"Rendez-vous préopératoire avant votre {proc} ({dx}).\n{ident}\nApportez vos médicaments, dont "
                 f"{med_name(meds[0], lang, r)}. Prise de sang à jeun sur place.") if fr else
                (f"Pre-operative appointment before your {proc} ({dx}).\n{ident}\nBring all your medications, including "
                 f"{med_name(meds[0], lang, r)}. Fasting blood work on site."))
        pe = f"{_local(p.given)}.{_local(p.surname)}{r.randrange(10, 99)}@courriel.example"
        c.types.add("patient_contact")
        att = [(p.full, pe)]
        to = [(p.full, pe)]
        body = (f"Bonjour,\n\nVoici votre rendez-vous à la clinique préopératoire. Si vous ne pouvez pas vous présenter, "
                f"appelez-nous au 819-555-0131." if fr else
                f"Hello,\n\nHere is your pre-operative clinic appointment. If you cannot attend, please call 819-555-0131.")
    ics = A.ics(f"{c.tag}-{r.getrandbits(32):08x}@chdr.example", c.when.replace(tzinfo=None), start, end, summ, desc,
                "CHDR — " + ("Bloc opératoire, 2e étage" if internal else "Clinique préopératoire, local B-214"),
                (bk.full, bk.addr), att)
    ics_text = ics.decode("utf-8")
    blocks = [("p", body), ("sig", c.sig(bk, lang))]
    atts = [dict(kind="ics", fn="invite.ics", ct="text/calendar", text=ics_text, method="REQUEST")]
    subj = (("Invitation : " if fr else "Invitation: ") + summ) if r.random() < 0.6 else \
        ("Rendez-vous — chirurgie générale" if fr else "Appointment - General Surgery")
    spec = c.spec(lang, bk, to, subj, blocks, atts=atts,
                  alt_calendar=ics_text if r.random() < 0.5 else None)
    return dict(spec=spec, cat="ics_appointment",
                note=("OR slot calendar invitation" if internal else "pre-op appointment invitation to patient"))


# ------------------------------------------------------------------ 20
def vcard_patient(c, lang):
    r = c.rng
    p = pick(c, 0.35, min_age=19)
    clerk = c.f.staff("booking")
    fn_ = c.f.staff("followup_nurse")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"patient_name", "patient_contact", "diagnosis"})
    surg = c.later(2, 20)
    note = ((f"{proc} le {c.d(surg, lang, 'iso')} — préfère les appels après 16 h; malentendant{'e' if p.sex == 'F' else ''}, parler fort.")
            if fr else (f"{proc} on {c.d(surg, lang, 'iso')} - prefers calls after 4 pm; hard of hearing."))
    street = p.addr.split(",")[0] + "," + p.addr.split(",")[1]
    town = p.addr.split(",")[2].split("(")[0].strip()
    pc = p.addr.split(")")[-1].strip()
    extra = {}
    if p.holder:
        extra["bday"] = p.dob.isoformat()
        c.types.add("date_of_birth")
        note += (f" NAM {nam(c, p)}, {sexl(c, p, lang)}" if fr else f" RAMQ {nam(c, p)}, {sexl(c, p, lang)}")
    vc = A.vcard(f"{p.given} {p.surname}", (p.surname, p.given),
                 tels=[("HOME", p.phone), ("CELL", p.cell)], adr=(street, town, "QC", pc),
                 note=note, **extra)
    fn = f"{p.given} {p.surname}.vcf" if r.random() < 0.6 else "contact.vcf"
    if fr:
        body = [c.hello(lang, fn_), "Voici la fiche de contact pour l'appel de suivi (la patiente a changé de numéro)."
                if p.sex == "F" else "Voici la fiche de contact pour l'appel de suivi (le patient a changé de numéro).",
                "Il faudra confirmer l'heure d'arrivée la veille."]
        subj = r.choice(["Coordonnées pour suivi", "Nouveau numéro — patient chirurgie", "Fiche contact"])
    else:
        body = [c.hello(lang, fn_), "Contact card for the follow-up call (new phone number).",
                "Arrival time needs to be confirmed the day before."]
        subj = r.choice(["Contact details for follow-up", "New number - surgical patient", "Contact card"])
    blocks = [("p", body[0]), ("p", "\n".join(body[1:])), ("sig", c.sig(clerk, lang))]
    atts = [dict(kind="vcf", fn=fn, ct="text/vcard", text=vc.decode("utf-8"))]
    spec = c.spec(lang, clerk, [fn_], subj, blocks, atts=atts)
    return dict(spec=spec, cat="vcard_contact", note="patient contact card (vCard) for follow-up call")


# ------------------------------------------------------------------ 21
def quick_note(c, lang):
    r = c.rng
    p = c.f.patient(min_age=30)
    a, b = c.f.staff_list("resident", 2)
    pr = proc_for(r, p, keys=INPATIENT)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"patient_name", "lab_result"})
    who = nm(c, p, lang, r.choice(["lower", "lower_sur_first", "title_sur", "sur_init"]))
    if r.random() < 0.5:
        who = who.lower()
    pod = r.randrange(1, 4)
    lb = labs(r, lang, 2)
    if fr:
        txt = r.choice([
            f"salut, peux-tu passer voir {who} au 5{r.choice('ABC')}-{r.randrange(1, 30)} ce soir? J{pod} {proc.split(' (')[0]}, "
            f"T 38,9, {lb[0]}, {lb[1]}. j'ai fait hémocs. si tachy > 110 appelle le patron.",
            f"fyi {who} ({p.age()}{p.sex.lower()}) — diurèse 15 mL/h x 3 h, {lb[0]}. bolus 500 donné, à réévaluer à 22 h.",
            f"{who} : {lb[0]} ce matin, {lb[1]}. on redonne 1 culot? {'elle' if p.sex == 'F' else 'il'} est symptomatique (étourdi{'e' if p.sex == 'F' else ''} au lever).",
        ])
        subj = r.choice(["", "vite fait", "garde", "ce soir"])
    else:
        txt = r.choice([
            f"hey can you swing by {who} in 5{r.choice('ABC')}-{r.randrange(1, 30)} tonight? POD{pod} {proc.split(' (')[0]}, "
            f"T 38.9, {lb[0]}, {lb[1]}. cultures sent. if HR > 110 call staff.",
            f"fyi {who} ({p.age()}{p.sex.lower()}) - UO 15 mL/h x 3h, {lb[0]}. 500 bolus given, reassess at 10 pm.",
            f"{who}: {lb[0]} this am, {lb[1]}. transfuse 1 unit? symptomatic (dizzy on standing).",
        ])
        subj = r.choice(["", "quick one", "call tonight", "fyi"])
    c.types.add("diagnosis")
    blocks = [("p", txt), ("sig_plain", b.given[0].lower() if r.random() < 0.5 else b.given)]
    spec = c.spec(lang, b, [a], subj or ("(sans objet)" if fr else "(no subject)"), blocks, body="plain")
    return dict(spec=spec, cat="quick_note", note="terse resident-to-resident note, lower-case name")


# ------------------------------------------------------------------ 22
def patient_email_fwd(c, lang):
    r = c.rng
    p = pick(c, 0.3, min_age=25)
    sec = c.f.staff("secretary")
    sx = c.f.staff("surgeon")
    pr = proc_for(r, p, emerg=True)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"patient_name", "patient_contact", "diagnosis"})
    pe = f"{_local(p.given)[0]}{_local(p.surname)}{r.randrange(1950, 1999)}@courriel.example"
    opd = c.earlier(5, 14)
    when = c.dt_before(60, 900)
    if fr:
        orig = [f"Bonjour,",
                f"Je suis {nm(c, p, lang, 'full')}, opéré{'e' if p.sex == 'F' else ''} le {c.d(opd, lang, 'long')} par {sx.titled('fr')} ({proc}).",
                r.choice(["Depuis deux jours la plaie coule un liquide jaunâtre et j'ai fait 38,4 hier soir.",
                          "J'ai encore beaucoup de douleur et je n'ai plus de Dilaudid. Est-ce normal après 10 jours?",
                          "Je devais avoir un rendez-vous de contrôle mais personne ne m'a appelé."]),
                f"Vous pouvez me joindre au {tel(c, p, 'cell')}.", "Merci", p.given]
        note = r.choice(["Peux-tu regarder? Je lui ai dit que tu la/le rappellerais aujourd'hui.",
                         "Courriel reçu sur la boîte générale, à traiter.", "FYI, je lui donne un rendez-vous jeudi?"])
        subj = "TR: question après ma chirurgie"
        fsub = "question après ma chirurgie"
    else:
        orig = ["Hello,",
                f"This is {nm(c, p, lang, 'full')}, I had surgery on {c.d(opd, lang, 'long')} with {sx.titled('en')} ({proc}).",
                r.choice(["For two days the incision has been draining yellow fluid and I had 38.4 last night.",
                          "I'm still in a lot of pain and I ran out of Dilaudid. Is that normal after 10 days?",
                          "I was supposed to get a follow-up appointment but nobody called."]),
                f"You can reach me at {tel(c, p, 'cell')}.", "Thanks", p.given]
        note = r.choice(["Can you have a look? I told them you'd call back today.",
                         "Came in on the general mailbox, please action.", "FYI, shall I book Thursday?"])
        subj = "Fwd: question after my surgery"
        fsub = "question after my surgery"
    if "Dilaudid" in orig[2]:
        c.types.add("medication")
    hdr = c.fwd_header((p.full, pe), ("Chirurgie générale", "chirurgie.generale@chdr.example"), when, fsub, lang)
    blocks = [("p", c.hello(lang, sx)), ("p", note), ("sig", c.sig(sec, lang, short=True)),
              ("fwd", hdr, [("p", orig[0]), ("p", "\n".join(orig[1:4])), ("p", "\n".join(orig[4:]))])]
    spec = c.spec(lang, sec, [sx], subj, blocks)
    return dict(spec=spec, cat="patient_email_fwd", note="patient's own question forwarded inline to surgeon")


# ------------------------------------------------------------------ 23
def reply_quoted(c, lang):
    r = c.rng
    p = pick(c, 0.45, min_age=19)
    bk = c.f.staff("booking")
    sec = c.f.staff("secretary")
    sx = c.f.staff("surgeon")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"diagnosis"})
    surg = c.later(7, 45)
    L = ident_lines(c, p, lang, mrn_p=0.9, style=r.choice(["upper_comma", "full", "sur_first"]))
    L.append((f"{proc} — {dx}" if fr else f"{proc} - {dx}"))
    if fr:
        q = [c.hello(lang, bk), f"Une plage pour {sx.titled('fr')} svp :", "\n".join(L)]
        rep = [c.hello(lang, sec), f"C'est réservé pour le {c.day(surg, lang)}, {r.choice(['1er cas', '2e cas', 'fin de journée'])}, salle {r.randrange(1, 9)}.",
               r.choice(["Je transmets à la clinique préop.", "La convocation part aujourd'hui.",
                         f"Il faudra que {p.given} soit à jeun dès minuit."])]
        subj = "RE: Demande de plage " + c.d(c.today, lang, "iso")
    else:
        q = [c.hello(lang, bk), f"A slot for {sx.titled('en')} please:", "\n".join(L)]
        rep = [c.hello(lang, sec), f"Booked for {c.day(surg, lang)}, {r.choice(['first case', 'second case', 'last case'])}, OR {r.randrange(1, 9)}.",
               r.choice(["Forwarding to pre-op clinic.", "Notice goes out today.",
                         f"{p.given} needs to be NPO from midnight."])]
        subj = "RE: Slot request " + c.d(c.today, lang, "iso")
    when = c.dt_before(200, 3000)
    qh = c.quote_header(sec, when, lang)
    qb = [("p", q[0]), ("p", q[1] + "\n" + q[2]), ("sig", c.sig(sec, lang, short=True))]
    quoted = ("quote", qh, qb) if qh else ("outlook", c.outlook_header(sec, bk, when, subj[4:], lang), qb)
    blocks = [("p", rep[0]), ("p", "\n".join(rep[1:])), ("sig", c.sig(bk, lang)), quoted]
    spec = c.spec(lang, bk, [sec], subj, blocks, cc=[sx] if r.random() < 0.3 else None,
                  in_reply_to=c.msgid.replace("@", ".orig@"))
    return dict(spec=spec, cat="reply_quoted", note="booking confirmation; patient details only in quoted text")


# ------------------------------------------------------------------ 24
def attached_eml(c, lang):
    r = c.rng
    p = pick(c, 0.4, min_age=19)
    sec = c.f.staff("secretary")
    sx = c.f.staff("surgeon")
    pharmacist = ("Pharmacie du Bourg", "ordonnances@pharmaciedubourg.example")
    fr = lang == "fr"
    c.types.update({"patient_name", "medication"})
    when = c.dt_before(60, 1500)
    if fr:
        inner = [c.hello(lang),
                 f"Nous avons reçu une ordonnance pour {nm(c, p, lang, r.choice(['upper_comma', 'full', 'title']))}"
                 + (f" (DDN {dob(c, p, lang)})" if r.random() < 0.7 or p.holder else "") + ".",
                 r.choice(["La quantité d'hydromorphone n'est pas écrite en lettres; pouvez-vous la réémettre?",
                           "L'énoxaparine 40 mg x 28 jours n'est pas couverte sans code d'exception; quel est le diagnostic oncologique?",
                           "Interaction : le patient prend déjà de la méthadone 60 mg DIE, on confirme l'oxycodone?"]),
                 "Merci de nous rappeler au 819-555-0166.", "Pharmacie du Bourg"]
        outer = [c.hello(lang, sx), r.choice(["Voir le courriel de la pharmacie ci-joint, peux-tu réémettre l'ordonnance?",
                                              "La pharmacie attend ta réponse (courriel joint).", "À traiter svp, merci."])]
        isubj = "Question — ordonnance"
        subj = "TR: Question — ordonnance"
    else:
        inner = [c.hello(lang),
                 f"We received a prescription for {nm(c, p, lang, r.choice(['upper_comma', 'full', 'title']))}"
                 + (f" (DOB {dob(c, p, lang)})" if r.random() < 0.7 or p.holder else "") + ".",
                 r.choice(["The hydromorphone quantity is not written in words; could you reissue it?",
                           "Enoxaparin 40 mg x 28 days is not covered without an exception code; what is the cancer diagnosis?",
                           "Interaction: patient already on methadone 60 mg daily, please confirm the oxycodone?"]),
                 "Please call us back at 819-555-0166.", "Pharmacie du Bourg"]
        outer = [c.hello(lang, sx), r.choice(["See the pharmacy's e-mail attached, can you reissue the Rx?",
                                              "Pharmacy is waiting for your answer (e-mail attached).", "Please action, thanks."])]
        isubj = "Question - prescription"
        subj = "Fwd: Question - prescription"
    if "diagn" in inner[2] or "methad" in inner[2].lower() or "méthad" in inner[2]:
        c.types.add("diagnosis")
    if p.holder:
        inner.insert(2, (f"NAM {nam(c, p)}, {sexl(c, p, lang)}" if fr else f"RAMQ {nam(c, p)}, {sexl(c, p, lang)}"))
    ispec = c.inner_spec(lang, pharmacist, [sec], isubj, [("p", inner[0]), ("p", "\n".join(inner[1:-1])),
                                                          ("sig_plain", inner[-1])], when)
    fn = (isubj.replace(" — ", "_").replace(" - ", "_").replace(" ", "_") + ".eml")
    blocks = [("p", outer[0]), ("p", outer[1]), ("sig", c.sig(sec, lang, short=True))]
    spec = c.spec(lang, sec, [sx], subj, blocks, atts=[dict(kind="eml", fn=fn, spec=ispec)])
    return dict(spec=spec, cat="attached_eml", note="pharmacy question forwarded as attached message")


# ------------------------------------------------------------------ 25
def zip_preop(c, lang):
    r = c.rng
    p = pick(c, 0.5, min_age=30)
    nurse = c.f.staff("preop_nurse")
    an = c.f.staff("anesth")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"diagnosis", "lab_result"})
    L = ident_lines(c, p, lang, mrn_p=0.9)
    L.append((f"Chirurgie prévue : {proc} ({dx})" if fr else f"Planned surgery: {proc} ({dx})"))
    lb = labs(r, lang, 6)
    rows = []
    for x in lb:
        parts = x.rsplit(" ", 1) if " " in x else [x, ""]
        rows.append([c.earlier(1, 7).isoformat(), x])
    core = surname_file(p, r)
    pdf = A.pdf("Questionnaire préanesthésique" if fr else "Pre-anaesthesia questionnaire",
                L + [("Apnée du sommeil : oui, CPAP" if fr else "Sleep apnea: yes, CPAP"),
                     ("Dernière anesthésie : 2019, nausées importantes" if fr else "Last anaesthetic: 2019, severe PONV")],
                compress=r.random() < 0.5)
    csvd = A.csv_bytes(["date", "analyse" if fr else "test"], rows, delim=";" if fr else ",",
                       enc="utf-8", bom=r.random() < 0.5)
    members = [(("Questionnaire_" if fr else "Questionnaire_") + core + ".pdf", pdf),
               (("Labos_" if fr else "Labs_") + core + ".csv", csvd)]
    if r.random() < 0.4:
        members.append(("ECG_" + core + ".txt", ("ECG : RSN 72, PR 180, QRS 96, QTc 430 — normal\n" if fr else
                                                 "ECG: NSR 72, PR 180, QRS 96, QTc 430 - normal\n").encode("utf-8")))
    zname = (("Dossier_preop_" if fr else "Preop_package_") + core + ".zip")
    z = A.zipb(members, date_time=(c.today.year, c.today.month, c.today.day, 9, 12, 0))
    body = ([c.hello(lang, an), "Voici le dossier préop complet (questionnaire, labos" +
             (", ECG" if len(members) == 3 else "") + ") pour la consultation de demain.",
             r.choice(["Le mot de passe habituel n'a pas été mis, désolée.", "Dites-moi s'il manque quelque chose."])]
            if fr else
            [c.hello(lang, an), "Here is the complete pre-op package (questionnaire, labs" +
             (", ECG" if len(members) == 3 else "") + ") for tomorrow's consult.",
             r.choice(["Sorry, I didn't put the usual password on it.", "Let me know if anything is missing."])])
    subj = (("Dossier préop — " if fr else "Pre-op package - ") + r.choice([p.surname, c.d(c.later(1, 3), lang, "iso")]))
    if p.surname in subj:
        c.types.add("patient_name")
    blocks = [("p", body[0]), ("p", "\n".join(body[1:])), ("sig", c.sig(nurse, lang))]
    spec = c.spec(lang, nurse, [an], subj, blocks, atts=[dict(kind="zip", fn=zname, ct="application/zip", data=z)])
    return dict(spec=spec, cat="zip_preop", note="ZIP of pre-op documents (questionnaire PDF, labs CSV)")


# ------------------------------------------------------------------ 26
def critical_lab(c, lang):
    r = c.rng
    p = c.f.patient(min_age=30)
    labt = ("Laboratoire — biochimie", "labo.biochimie@chdr.example")
    res_ = c.f.staff("resident")
    fr = lang == "fr"
    c.types.update({"mrn", "lab_result"})
    val = r.choice([("K+", "2,6 mmol/L", "2.6 mmol/L"), ("Hb", "64 g/L", "64 g/L"),
                    ("Na+", "118 mmol/L", "118 mmol/L"), ("Lactate", "5,8 mmol/L", "5.8 mmol/L"),
                    ("Glucose", "1,9 mmol/L", "1.9 mmol/L")])
    loc = f"{r.randrange(4, 6)}{r.choice('ABCD')}-{r.randrange(1, 30):02d}"
    hm = f"{r.randrange(0, 24):02d}:{r.randrange(60):02d}"
    if fr:
        b = ["VALEUR CRITIQUE", f"Dossier : {mrn(c, p)}    Unité : chirurgie {loc}",
             f"Analyse : {val[0]} = {val[1]} (prélevé à {hm})",
             f"Demandeur : chirurgie générale (post-op J{r.randrange(1, 5)})",
             "Communiqué par téléphone à l'infirmière de l'unité; confirmation écrite requise par le protocole."]
        subj = f"Valeur critique {val[0]} — dossier {fmt_mrn_plain(p)}"
        c.types.add("diagnosis")
    else:
        b = ["CRITICAL VALUE", f"MRN: {mrn(c, p)}    Unit: surgery {loc}",
             f"Test: {val[0]} = {val[2]} (collected {hm})",
             f"Ordering service: general surgery (POD{r.randrange(1, 5)})",
             "Phoned to the unit nurse; written confirmation required by protocol."]
        subj = f"Critical value {val[0]} - MRN {fmt_mrn_plain(p)}"
        c.types.add("diagnosis")
    blocks = [("pre", "\n".join(b)), ("sig_plain", "Laboratoire CHDR — poste 4410" if fr else "CHDR Laboratory - ext. 4410")]
    spec = c.spec(lang, labt, [res_], subj, blocks, body=r.choice(["plain", "html"]))
    return dict(spec=spec, cat="critical_lab", note="critical lab value identified by chart number only")


def fmt_mrn_plain(p):
    return p.mrn.zfill(7)


# ------------------------------------------------------------------ 27
def cancel_rebook(c, lang):
    r = c.rng
    p = pick(c, 0.5, min_age=4)
    bk = c.f.staff("booking")
    nurse = c.f.staff("preop_nurse")
    sx = c.f.staff("surgeon")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"patient_name", "lab_result", "diagnosis"})
    reason = r.choice([1, 3]) if p.age() < 16 else r.randrange(4)
    surg = c.later(0, 2)
    new = c.later(14, 40)
    who = nm(c, p, lang)
    if fr:
        why = [f"RNI à 2,1 ce matin malgré l'arrêt de la warfarine",
               "test TAAN COVID positif à l'admission",
               f"glycémie à 21,4 mmol/L et HbA1c 11,2 %",
               "hémoglobine à 82 g/L au bilan préop"][reason]
        b = [f"La chirurgie de {who} ({proc}) prévue le {c.day(surg, lang)} est annulée : {why}.",
             f"Nouvelle date proposée : {c.day(new, lang)}."
             + (f" Joint{'e' if p.sex == 'F' else ''} au {tel(c, p)}, d'accord avec la date." if r.random() < 0.6 else ""),
             r.choice(["La plage libérée peut être offerte à la liste d'urgence.", "Merci de réviser le bilan préop."])]
        subj = r.choice(["Annulation chirurgie — " + c.d(surg, lang, 'iso'), f"Annulation / report – {p.surname}", "Plage libérée"])
    else:
        why = ["INR 2.1 this morning despite holding warfarin",
               "COVID NAAT positive on admission",
               "glucose 21.4 mmol/L and HbA1c 11.2%",
               "hemoglobin 82 g/L on pre-op labs"][reason]
        b = [f"Surgery for {who} ({proc}) on {c.day(surg, lang)} is cancelled: {why}.",
             f"Proposed new date: {c.day(new, lang)}."
             + (f" Reached at {tel(c, p)}, agrees with the date." if r.random() < 0.6 else ""),
             r.choice(["Freed slot can go to the urgent list.", "Please review pre-op workup."])]
        subj = r.choice(["Surgery cancelled - " + c.d(surg, lang, 'iso'), f"Cancel / rebook - {p.surname}", "Slot available"])
    if reason == 0:
        c.types.add("medication")
    if reason in (1, 2, 3):
        c.types.add("diagnosis")
    if p.holder:
        b.insert(1, (f"DDN {dob(c, p, lang)} — NAM {nam(c, p)} — {sexl(c, p, lang)}" if fr else
                     f"DOB {dob(c, p, lang)} - RAMQ {nam(c, p)} - {sexl(c, p, lang)}"))
    blocks = [("p", c.hello(lang)), ("p", "\n".join(b)), ("p", c.bye(lang)), ("sig", c.sig(nurse, lang))]
    spec = c.spec(lang, nurse, [bk], subj, blocks, cc=[sx])
    return dict(spec=spec, cat="cancel_rebook", note="same-day surgery cancellation with test result")


# ------------------------------------------------------------------ 28
def homecare(c, lang):
    r = c.rng
    p = pick(c, 0.55, min_age=35)
    sto = c.f.staff(r.choice(["stoma_nurse", "followup_nurse"]))
    fr = lang == "fr"
    clsc = ("CLSC du Vallon — Soins à domicile", "sad.accueil@clsc-vallon.example")
    stoma = r.random() < 0.5
    c.types.update({"diagnosis"})
    L = ident_lines(c, p, lang, mrn_p=0.5)
    if fr:
        L += [f"Adresse : {addr(c, p, lang)}", f"Téléphone : {tel(c, p)}",
              "Chirurgie : " + ("résection antérieure basse + iléostomie de dérivation" if stoma else "laparotomie, plaie ouverte médiane"),
              "Besoin : " + ("enseignement stomie, changement d'appareillage 2x/semaine, surveiller débit (> 1,2 L/j = appeler)" if stoma else
                             "TPN (VAC) 125 mmHg continu, changement lundi-mercredi-vendredi, mousse noire"),
              f"Début : {c.d(c.later(1, 3), lang, 'iso')}",
              "Particularités : " + r.choice(["diabète (insuline), surveiller glycémies", "anticoagulé (apixaban)",
                                              "vit seul(e), aucun proche aidant; revenu de sécurité du revenu seulement",
                                              "vit avec sa conjointe, escalier extérieur", "chien à la maison"])]
        subj = r.choice(["Demande de services — soins à domicile", "Référence SAD post-op", "Référence CLSC — " + p.surname])
        head = "Bonjour, voici une demande de services infirmiers à domicile au congé :"
    else:
        L += [f"Address: {addr(c, p, lang)}", f"Phone: {tel(c, p)}",
              "Surgery: " + ("low anterior resection + diverting ileostomy" if stoma else "laparotomy, open midline wound"),
              "Needs: " + ("stoma teaching, appliance change twice weekly, watch output (>1.2 L/day = call)" if stoma else
                           "NPWT (VAC) 125 mmHg continuous, change Mon-Wed-Fri, black foam"),
              f"Start: {c.d(c.later(1, 3), lang, 'iso')}",
              "Notes: " + r.choice(["diabetic (insulin), check sugars", "anticoagulated (apixaban)",
                                    "lives alone, no caregiver; social assistance income only",
                                    "lives with partner, outdoor stairs", "dog in the home"])]
        subj = r.choice(["Home care services request", "Post-op home care referral", "CLSC referral - " + p.surname])
        head = "Hello, home nursing referral for discharge:"
    if "insulin" in L[-1] or "apixaban" in L[-1]:
        c.types.add("medication")
    if "aidant" in L[-1] or "caregiver" in L[-1]:
        c.types.add("social_information")
    if p.surname in subj:
        c.types.add("patient_name")
    blocks = [("p", head), ("p", "\n".join(L)), ("p", c.bye(lang)), ("sig", c.sig(sto, lang))]
    spec = c.spec(lang, sto, [clsc], subj, blocks)
    return dict(spec=spec, cat="homecare_referral", note="home-care referral to CLSC after surgery")


# ------------------------------------------------------------------ 29
def filename_only(c, lang):
    r = c.rng
    p = c.f.patient(min_age=45)
    an = c.f.staff("anesth")
    sx = c.f.staff("surgeon")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"patient_name", "diagnosis", "medication"})
    meds = med_list(r, 3)
    if fr:
        L = [f"Patient{'e' if p.sex == 'F' else ''} de {p.age()} ans, {proc} prévue ({dx}).",
             "ATCD : " + r.choice(["FA paroxystique, HTA, apnée du sommeil modérée", "MPOC (VEMS 48 %), tabagisme actif",
                                   "insuffisance rénale chronique stade 3b, DB2"]),
             "Médication : " + ", ".join(med_name(m, lang, r) + " " + m[3] for m in meds),
             "ASA III. Plan : AG, bloc TAP en fin de chirurgie, surveillance étroite en salle de réveil.",
             "Conclusion : apte à la chirurgie."]
        title = "Consultation en anesthésiologie"
        body = [c.hello(lang, sx), f"Ci-joint ma consultation pour {r.choice(['ta patiente de jeudi' if p.sex == 'F' else 'ton patient de jeudi', 'le cas de la semaine prochaine', 'le cas discuté hier'])}."]
        fn = f"Consult_anesth_{p.surname.upper().replace(' ', '')}_{p.given}_{c.today.isoformat()}.pdf"
        subj = r.choice(["Consultation anesthésie", "Consult pré-op", "Ma consult"])
    else:
        L = [f"{p.age()}-year-old {'woman' if p.sex == 'F' else 'man'} booked for {proc} ({dx}).",
             "PMHx: " + r.choice(["paroxysmal AF, HTN, moderate OSA", "COPD (FEV1 48%), active smoker",
                                  "CKD stage 3b, T2DM"]),
             "Meds: " + ", ".join(med_name(m, lang, r) + " " + m[4] for m in meds),
             "ASA III. Plan: GA, TAP block at end of case, close PACU monitoring.",
             "Conclusion: fit for surgery."]
        title = "Anesthesiology consultation"
        body = [c.hello(lang, sx), f"Attached is my consult for {r.choice(['your Thursday patient', 'next week’s case', 'the case we discussed'])}."]
        fn = f"Anesthesia_consult_{p.surname.replace(' ', '')}_{p.given}.pdf"
        subj = r.choice(["Anesthesia consult", "Pre-op consult", "My consult"])
    blocks = [("p", body[0]), ("p", body[1]), ("sig", c.sig(an, lang))]
    atts = [dict(kind="pdf", fn=fn, ct="application/pdf", data=A.pdf(title, L, compress=r.random() < 0.5))]
    spec = c.spec(lang, an, [sx], subj, blocks, atts=atts)
    return dict(spec=spec, cat="name_in_filename", note="anaesthesia consult PDF; patient named only in file name")


# ------------------------------------------------------------------ 30
def subject_only(c, lang):
    r = c.rng
    p = c.f.patient(min_age=40)
    res_ = c.f.staff("resident")
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    c.types.update({"patient_name", "lab_result", "medication"})
    who = nm(c, p, lang, r.choice(["upper_comma", "sur_first", "title_sur", "sur_init"]))
    if fr:
        subj = r.choice([f"RE: {who} — RNI", f"{who} / RNI ce matin", f"Pré-op {who}"])
        b = [f"RNI à {r.choice(['1,8', '1,9', '2,3'])} ce matin malgré l'arrêt du Coumadin il y a 5 jours.",
             "On donne vitamine K 2 mg PO et on recontrôle demain 6 h? Sinon je décale au 2e cas."]
    else:
        subj = r.choice([f"RE: {who} - INR", f"{who} / INR this am", f"Pre-op {who}"])
        b = [f"INR {r.choice(['1.8', '1.9', '2.3'])} this morning despite stopping Coumadin 5 days ago.",
             "Give vitamin K 2 mg PO and recheck tomorrow 6 am? Otherwise I'll move to second case."]
    blocks = [("p", "\n".join(b)), ("sig_plain", res_.given)]
    spec = c.spec(lang, res_, [sx], subj, blocks, body=r.choice(["plain", "plain", "alt"]))
    return dict(spec=spec, cat="name_in_subject", note="pre-op INR question; patient named only in Subject")
