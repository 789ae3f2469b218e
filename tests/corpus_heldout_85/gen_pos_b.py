"""Positive (confidential) templates, part B: calendar, vCard, .eml, prenatal, social, foreign ids, letters."""
import datetime

from gen_common import AIRLINES, BOARDING, EEYOU, NUNAVIK, TELE, fmt_niss, fmt_nir, fmt_ohip, fmt_sin
from gen_ctx import DX, PREG, Out, dx, nam_line, pick, sexage
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_scan_pdf, make_vcard, make_xlsx
from gen_mime import Att, build, choose_transport
from gen_pos_a import _home_nurse, _south, p_referral, p_lab_followup


def p_ics(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.2)
    d = dx(c)
    spec = c.staff("md", _south(c))
    nurse = _home_nurse(c, pt)
    day = c.later(2, 25)
    h = c.rng.randint(9, 15)
    start = datetime.datetime(day.year, day.month, day.day, h, c.ch([0, 30]))
    end = start + datetime.timedelta(minutes=c.ch([30, 45, 60]))
    summ = c.t(f"Télésanté {d['sp'][0]} – {pt.surname} {pt.given}", f"Telehealth {d['sp'][1]} – {pt.surname}, {pt.given}")
    desc = c.t(f"Suivi {d['fr']}. Patient au dispensaire de {pt.community} avec l'infirmière et un interprète.",
               f"Follow-up of {d['en']}. Patient at the {pt.community} nursing station with nurse and interpreter.")
    if c.p(.6):
        ty.add("mrn")
        desc += c.t(f"\nDossier : {pt.mrn['local']}", f"\nChart: {pt.mrn['local']}")
    if c.p(.4):
        ty.add("medication")
        desc += c.t(f"\nTraitement : {d['med_fr']}", f"\nTreatment: {d['med_en']}")
    ics = make_ics(f"{c.rng.randint(10**11, 10**12)}-tele@{spec.addr.split('@')[1]}", start, end, summ, desc,
                   f"{TELE} – salle virtuelle {c.rng.randint(100, 999)}", (spec.full, spec.addr), [(nurse.full, nurse.addr)],
                   c.dt.astimezone(datetime.timezone.utc))
    text = c.t(f"{summ}\n{c.dlong(day)}, {start:%H:%M}\n\nLien {TELE} envoyé séparément.\n",
               f"{summ}\n{c.dlong(day)}, {start:%H:%M}\n\n{TELE} link sent separately.\n")
    if c.p(.5):
        m = c.mail(spec, [nurse], summ, text, calendar=ics)
        return Out(m, ty, "telehealth calendar invitation (text/calendar)", "ics_invite", prefs={"body": c.ch(["alt", "plain"])})
    m = c.mail(spec, [nurse], c.t("Invitation : ", "Invitation: ") + summ, text,
               atts=[Att("invite.ics", "text/calendar", ics, cte=c.ch(["base64", "quoted-printable", "7bit"]))])
    return Out(m, ty, "telehealth invitation attached as .ics", "ics_invite")


def p_vcard(c):
    ty = {"patient_name", "patient_contact"}
    pt = pick(c, 0.25, pred=lambda p: p.sex == "F" and 16 <= p.age(c.today) <= 42, sex="F", age_range=(17, 40))
    mw = c.staff("midwife", getattr(pt, "home_org", "siq"))
    bh = c.staff("house", c.ch(list(BOARDING)))
    note = None
    if c.p(.7):
        ty.add("diagnosis")
        note = c.t(f"Suivi prénatal G{c.rng.randint(1, 5)}, {c.rng.randint(28, 37)} sem. Diabète gestationnel.",
                   f"Prenatal follow-up G{c.rng.randint(1, 5)}, {c.rng.randint(28, 37)} wks. Gestational diabetes.")
    bday = None
    if c.p(.6):
        ty.add("date_of_birth")
        bday = pt.dob.isoformat()
    vcf = make_vcard(pt.full, [pt.surname, pt.given], tels=[("CELL", pt.phone)], adr=pt.address, bday=bday, note=note)
    lines = [c.greet(first=bh.given), "",
             c.t("Je te transmets les coordonnées de la cliente qui arrive lundi pour attendre son accouchement.",
                 "Passing on the contact card of the client arriving Monday to wait for her delivery."),
             "", c.sign(mw)]
    fn = f"{pt.given} {pt.surname}.vcf" if c.p(.5) else "contact.vcf"
    m = c.mail(mw, [bh], c.t("Coordonnées cliente", "Client contact"), "\n".join(lines),
               atts=[Att(fn, c.ch(["text/vcard", "text/x-vcard"]), vcf, charset="utf-8")])
    return Out(m, ty, "vCard of a pregnant patient", "vcard")


def p_eml(c):
    inner_c = type(c)(c.rng, c.lang, c.nam_alloc)
    inner_c.dt = c.prev_dt(10, 300)
    inner_c.today = inner_c.dt.date()
    sub = c.ch([p_referral, p_lab_followup])(inner_c)
    tr = choose_transport(c.rng, False, {"eol": "\n", "body": c.ch(["plain", "alt"])})
    raw = build(sub.mail, c.rng, tr)
    fwd = c.staff(c.ch(["mgr", "coord", "nurse"]), c.ch(["siq", "ika", "ew", "rr"]))
    dest = c.staff(c.ch(["md", "nurse"]), c.ch(["husb", "mru", "crsh"]))
    lines = [c.greet(first=dest.given), "",
             c.ch([c.t("Voir le courriel ci-joint, je crois que ça n'a jamais été traité.", "See attached e-mail, I don't think it was ever actioned."),
                   c.t("Pour ton info, en pièce jointe.", "FYI, attached."),
                   c.t("Message original joint. Peux-tu confirmer qui fait le suivi?", "Original message attached. Can you confirm who's following up?")]),
             "", c.sign(fwd, short=c.p(.5))]
    fn = c.ch(["message.eml", c.t("Message d'origine.eml", "Original message.eml"), f"{sub.mail.subject[:40]}.eml".replace(":", "").replace("/", "-")])
    att = Att(fn, "message/rfc822", raw)
    if c.p(.2):
        att = Att(fn, "application/octet-stream", raw)
    m = c.mail(fwd, [dest], c.t("TR: ", "FW: ") + sub.mail.subject, "\n".join(lines), atts=[att])
    return Out(m, sub.types, "confidential message forwarded as attached .eml", "eml_attached")


def p_prenatal(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.45, pred=lambda p: p.sex == "F" and 16 <= p.age(c.today) <= 42, sex="F", age_range=(16, 41))
    pg = c.ch(PREG)
    mw = c.staff(c.ch(["midwife", "nurse"]), getattr(pt, "home_org", "siq"))
    obs = c.staff("md", c.ch(["husb", "crsh", "mru"]))
    wk = c.rng.randint(34, 37)
    g = c.rng.randint(1, 6)
    lines = [c.greet(f"Dr {obs.surname}"), ""]
    nm = c.name(pt, c.ch(["full", "sur_first", "upper_sur"]))
    lines.append(c.t(f"{nm}, G{g}P{g - 1}, {wk} semaines, descendra le {c.dlong(c.later(2, 9))} pour attendre son accouchement à {c.org(obs.org)}.",
                     f"{nm}, G{g}P{g - 1}, {wk} weeks, will fly down on {c.dlong(c.later(2, 9))} to await delivery at {c.org(obs.org)}."))
    lines.append(c.t(f"Grossesse compliquée de {pg['fr']}.", f"Pregnancy complicated by {pg['en']}."))
    if pg["med_fr"] != "aucun":
        ty.add("medication")
        lines.append(c.t(f"Rx : {pg['med_fr']}", f"Meds: {pg['med_en']}"))
    ty.add("lab_result")
    lines.append(c.t(f"Derniers résultats : {pg['lab_fr']}", f"Latest: {pg['lab_en']}"))
    if c.p(.6):
        ty.add("date_of_birth")
        lines.append(c.t(f"DDN : {c.dfmt(pt.dob)}", f"DOB: {c.dfmt(pt.dob)}"))
    nl = nam_line(c, pt, ty, .7)
    if nl:
        lines.append(nl)
    if c.p(.75):
        ty.add("social_information")
        lines.append(c.ch([
            c.t("Elle refuse pour l'instant de partir sans ses deux plus jeunes; aucun gardien disponible dans la communauté.",
                "She is reluctant to leave without her two youngest; no childcare available in the community."),
            c.t("Situation de logement précaire (12 personnes dans la maison). Le conjoint ne pourra pas l'accompagner.",
                "Housing is precarious (12 people in the house). Partner cannot escort her."),
            c.t("Suivi conjoint avec les services sociaux (DPJ impliquée pour l'aîné).", "Joint follow-up with social services (youth protection involved with the eldest)."),
        ]))
    lines += ["", c.close(), c.sign(mw)]
    subj = c.ch([c.t("Transfert prénatal", "Prenatal transfer"), c.t(f"Accouchement au sud – {pt.surname}", f"Delivery down south – {pt.surname}"),
                 c.t("Cliente 36 sem à venir", "36-week client coming down")])
    m = c.mail(mw, [obs], subj, "\n".join(lines))
    return Out(m, ty, "prenatal transfer for delivery far from home", "prenatal")


def p_youth(c):
    ty = {"patient_name", "social_information"}
    child = c.patient(age_range=(1, 15))
    mother = c.patient(kind=child.kind, sex="F", age_range=(20, 45))
    sw = c.staff("sw", getattr(child, "home_org", "siq"))
    nurse = c.staff("nurse", getattr(child, "home_org", "siq"))
    lines = [c.greet(first=nurse.given), ""]
    lines.append(c.t(f"Un signalement a été retenu ce matin pour {child.full} ({child.age(c.today)} ans) — négligence, absences scolaires répétées.",
                     f"A report was retained this morning for {child.full} ({child.age(c.today)}) — neglect, repeated school absences."))
    if c.p(.6):
        ty.add("date_of_birth")
        lines.append(c.t(f"Date de naissance : {c.dfmt(child.dob)}", f"Date of birth: {c.dfmt(child.dob)}"))
    lines.append(c.t(f"La mère, {mother.full}, est présentement hospitalisée à Montréal. L'enfant est confié temporairement à sa grand-mère.",
                     f"The mother, {mother.full}, is currently hospitalized in Montreal. The child is staying with the grandmother for now."))
    if c.p(.5):
        ty.add("diagnosis")
        lines.append(c.t("Pouvez-vous vérifier son carnet de vaccination et l'anémie notée à la dernière visite?",
                         "Could you check the vaccination record and the anaemia noted at the last visit?"))
    lines += ["", c.t("Merci de garder cette information strictement confidentielle.", "Please keep this strictly confidential."), "", c.sign(sw)]
    m = c.mail(sw, [nurse], c.ch([c.t("Signalement – suivi santé", "Youth protection – health follow-up"), c.t("Confidentiel", "Confidential")]), "\n".join(lines))
    return Out(m, ty, "youth protection follow-up about a named child", "youth_protection")


def p_ohip(c):
    ty = {"patient_name", "ca_health_number"}
    pt = c.patient(kind=c.ch(["mohawk", "mohawk", "cree"]))
    pt.community = c.ch(["Tsiionhiakwatha (Ontario)", "Kaskatamagan Point (Ontario)"])
    n, vc = c.w.ohip()
    clerk = c.staff("clerk", _south(c))
    bill = c.staff("clerk", "rr")
    d = dx(c)
    lines = [c.greet(first=bill.given), "",
             c.t("Patient de l'Ontario vu à l'urgence, facturation interprovinciale à faire :", "Ontario patient seen in ED, interprovincial billing needed:"),
             c.t(f"Nom : {pt.surname}, {pt.given}", f"Name: {pt.surname}, {pt.given}"),
             c.t(f"No carte santé Ontario : {fmt_ohip(c.rng, n, vc)}", f"Ontario health card: {fmt_ohip(c.rng, n, vc)}")]
    if c.p(.7):
        ty.add("date_of_birth")
        lines.append(c.t(f"DDN : {pt.dob.isoformat()}", f"DOB: {pt.dob.isoformat()}"))
    lines.append(c.t(f"Date de service : {c.earlier(1, 10).isoformat()}", f"Service date: {c.earlier(1, 10).isoformat()}"))
    if c.p(.7):
        ty.add("diagnosis")
        lines.append(c.t(f"Diagnostic : {d['fr']}", f"Diagnosis: {d['en']}"))
    if c.p(.4):
        ty.add("patient_contact")
        lines.append(c.t(f"Adresse : {c.rng.randint(10, 999)} River Road, {pt.community}", f"Address: {c.rng.randint(10, 999)} River Road, {pt.community}"))
    lines += ["", c.close(), c.sign(clerk)]
    m = c.mail(clerk, [bill], c.t("Facturation hors province", "Out-of-province billing"), "\n".join(lines))
    return Out(m, ty, "Ontario health number for interprovincial billing", "ohip_billing")


def p_sin(c):
    ty = {"patient_name", "ca_sin", "social_information"}
    pt = pick(c, 0.45, age_range=(19, 70))
    sw = c.staff("sw", c.ch(["husb", "mru", "crsh", "ew"]))
    agent = ("Aide financière – bureau régional", "aide.financiere@services-sociaux.example") if c.lang == "fr" else ("Income support – regional office", "income.support@services-sociaux.example")
    sin = c.w.sin()
    lines = [c.greet(), ""]
    lines.append(c.t(f"Je vous transmets la demande d'aide financière de dernier recours de {pt.full}.",
                     f"Forwarding the last-resort income support application for {pt.full}."))
    lines.append(c.t(f"NAS : {fmt_sin(c.rng, sin)}", f"SIN: {fmt_sin(c.rng, sin)}"))
    if c.p(.6):
        ty.add("date_of_birth")
        lines.append(c.t(f"Date de naissance : {c.dfmt(pt.dob)}", f"Date of birth: {c.dfmt(pt.dob)}"))
    nl = nam_line(c, pt, ty, .7)
    if nl:
        lines.append(nl)
    lines.append(c.ch([
        c.t("Doit demeurer à Montréal pour des traitements d'hémodialyse 3 fois par semaine; a perdu son emploi dans la communauté.",
            "Must stay in Montreal for haemodialysis 3 times a week; lost the job back in the community."),
        c.t("Sans logement depuis la sortie de l'hôpital, hébergé temporairement chez une cousine.",
            "Homeless since discharge, staying with a cousin for now."),
        c.t("Suit un traitement pour une tuberculose active (isolement 3 semaines), aucun revenu pendant cette période.",
            "On treatment for active TB (3-week isolation), no income during that time."),
    ]))
    if any(k in lines[-1] for k in ["dialys", "tuberculose", "TB"]):
        ty.add("diagnosis")
    lines += ["", c.close(), c.sign(sw)]
    m = c.mail(sw, [agent], c.t("Demande d'aide financière – dossier urgent", "Income support application – urgent"), "\n".join(lines))
    return Out(m, ty, "income-support application with SIN", "sin_income")


def p_niss(c):
    ty = {"patient_name", "be_niss", "diagnosis"}
    pt = c.patient(kind="fr", age_range=(22, 68))
    pt.given = c.ch({"F": ["Lien", "Els", "Marie", "Aurélie", "Sofie"], "M": ["Wouter", "Jef", "Thibaut", "Pieter", "Arnaud"]}[pt.sex])
    pt.surname = c.ch(["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Dupont", "Claes", "Wouters"])
    niss = c.w.niss(pt.dob, pt.sex)
    clerk = c.staff("clerk", _south(c))
    nurse = c.staff("nurse", c.ch(["siq", "ika"]))
    inj = c.ch([c.t("fracture de la cheville gauche (chute en randonnée)", "left ankle fracture (fall while hiking)"),
                c.t("hypothermie et engelures aux pieds après une panne de motoneige", "hypothermia and frostbitten feet after a snowmobile breakdown"),
                c.t("pneumonie communautaire", "community-acquired pneumonia")])
    lines = [c.greet(), "",
             c.t(f"Touriste belge évacué{pt.e()} de {c.ch(NUNAVIK)} : {pt.full}, {inj}.",
                 f"Belgian tourist evacuated from {c.ch(NUNAVIK)}: {pt.full}, {inj}."),
             c.t(f"Numéro de registre national (NISS) : {fmt_niss(c.rng, niss)}", f"Belgian national number (NISS): {fmt_niss(c.rng, niss)}")]
    if c.p(.6):
        ty.add("date_of_birth")
        lines.append(c.t(f"Né{pt.e()} le {c.dfmt(pt.dob)}", f"Born {c.dfmt(pt.dob)}"))
    lines.append(c.t("La mutualité demande le rapport médical et la facture détaillée avant le rapatriement.",
                     "The Belgian insurer wants the medical report and itemized invoice before repatriation."))
    lines += ["", c.close(), c.sign(clerk)]
    m = c.mail(clerk, [nurse], c.t("Patient belge – assurance", "Belgian patient – insurance"), "\n".join(lines))
    return Out(m, ty, "Belgian traveller with NISS", "be_niss")


def p_nir(c):
    ty = {"patient_name", "fr_nir", "diagnosis"}
    pt = c.patient(kind="fr", age_range=(24, 60))
    pt.surname = c.ch(["Moreau", "Lefèvre", "Garnier", "Chevalier", "Fabre", "Mercier", "Rousset"])
    pt.given = c.ch({"F": ["Camille", "Pauline", "Léa", "Claire"], "M": ["Julien", "Antoine", "Bastien", "Hugo"]}[pt.sex])
    nir = c.w.nir(pt.dob, pt.sex)
    comm = c.ch(NUNAVIK + EEYOU)
    clerk = c.staff("clerk", _south(c))
    dest = ("Service relations internationales – CPAM", "relations.internationales@cpam.example")
    what = c.ch([c.t("appendicite aiguë opérée (appendicectomie laparoscopique)", "acute appendicitis, laparoscopic appendectomy"),
                 c.t("fracture du poignet droit, réduction fermée", "right wrist fracture, closed reduction"),
                 c.t("crise d'asthme sévère nécessitant une évacuation aérienne", "severe asthma attack requiring air evacuation")])
    lines = [c.greet(), "",
             c.t(f"{pt.title('fr')} {pt.full}, enseignant{pt.e()} coopérant{pt.e()} à l'école de {comm}, a été évacué{pt.e()} et hospitalisé{pt.e()} chez nous du {c.earlier(8, 15):%d/%m} au {c.earlier(1, 6):%d/%m} pour {what}.",
                 f"{pt.title('en')} {pt.full}, a French exchange teacher at the school in {comm}, was evacuated and admitted here for {what}."),
             c.t(f"Numéro de sécurité sociale (NIR) : {fmt_nir(c.rng, nir)}", f"French social security number (NIR): {fmt_nir(c.rng, nir)}"),
             c.t("Merci de nous indiquer la marche à suivre pour le remboursement (entente Québec-France).",
                 "Please advise on the reimbursement process under the Québec-France agreement.")]
    lines += ["", c.close(), c.sign(clerk)]
    m = c.mail(clerk, [dest], c.t("Prise en charge – assuré français", "Claim – French insured patient"), "\n".join(lines))
    return Out(m, ty, "French coopérant with NIR", "fr_nir")


def p_mental(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.15, age_range=(13, 45))
    nurse = _home_nurse(c, pt)
    psy = c.staff("md", c.ch(["husb", "mru"]))
    a = pt.age(c.today)
    lines = [c.greet(f"Dr {psy.surname}"), ""]
    lines.append(c.t(f"Je vous écris au sujet de {pt.full} ({a} ans) vu{pt.e()} hier soir après une ingestion volontaire d'acétaminophène (environ 20 comprimés).",
                     f"Writing about {pt.full} ({a}) seen last night after an intentional acetaminophen ingestion (about 20 tablets)."))
    ty.add("medication")
    if c.p(.7):
        ty.add("lab_result")
        lines.append(c.t("Niveau d'acétaminophène à 4 h : 1 150 µmol/L, N-acétylcystéine débutée.", "4-hour acetaminophen level 1150 umol/L, N-acetylcysteine started."))
    if c.p(.8):
        ty.add("social_information")
        lines.append(c.ch([c.t("Deuil récent (cousin décédé par suicide en janvier). Dort chez sa tante depuis une dispute familiale.",
                               "Recent loss (cousin died by suicide in January). Sleeping at the aunt's since a family fight."),
                           c.t("Consommation d'alcool et de cannabis, a quitté l'école en secondaire 3.", "Uses alcohol and cannabis, left school in grade 9.")]))
    lines.append(c.t("Pouvez-vous l'évaluer en télépsychiatrie demain? La famille souhaite qu'on évite un transfert au sud si possible.",
                     "Could you assess by tele-psychiatry tomorrow? The family would rather avoid a transfer south if possible."))
    lines += ["", c.close(), c.sign(nurse)]
    m = c.mail(nurse, [psy], c.t("Urgent – évaluation télépsychiatrie", "Urgent – tele-psychiatry assessment"), "\n".join(lines), importance="high")
    return Out(m, ty, "mental health crisis referral", "mental_health")


def p_dialysis(c):
    ty = {"patient_name", "diagnosis", "social_information"}
    pt = pick(c, 0.45, age_range=(35, 80))
    sw = c.staff("sw", c.ch(["husb", "mru"]))
    coord = c.staff("coord_travel", getattr(pt, "home_org", "ew"))
    d = [x for x in DX if x["k"] == "ckd"][0]
    lines = [c.greet(first=coord.given), "",
             c.t(f"{pt.full} a commencé l'hémodialyse ({d['fr']}) et devra rester à Montréal à long terme.",
                 f"{pt.full} has started haemodialysis ({d['en']}) and will need to stay in Montreal long term.")]
    if c.p(.6):
        ty.add("lab_result")
        lines.append(c.t(f"Au départ : {d['lab_fr']}.", f"At start: {d['lab_en']}."))
    lines.append(c.ch([c.t(f"{pt.p('fr','Son épouse','Son conjoint','','')} reste dans la communauté avec les petits-enfants; il faudrait un logement adapté à proximité du centre de dialyse.",
                           "The spouse is staying home with the grandchildren; adapted housing near the dialysis unit is needed."),
                       c.t("Ne veut pas quitter la communauté; beaucoup de détresse, on organise une rencontre avec l'aîné de la famille.",
                           "Does not want to leave the community; lots of distress, we're setting up a meeting with the family elder.")]))
    nl = nam_line(c, pt, ty, .8)
    if nl:
        lines.append(nl)
    lines += ["", c.close(), c.sign(sw)]
    m = c.mail(sw, [coord], c.t("Relocalisation dialyse", "Dialysis relocation"), "\n".join(lines))
    return Out(m, ty, "dialysis relocation with social situation", "dialysis")


def p_docx_letter(c):
    ty = {"patient_name", "date_of_birth"}
    pt = pick(c, 0.65, age_range=(5, 85))
    md = c.staff("md", getattr(pt, "home_org", "siq"))
    coord = c.staff("coord_travel", "rr")
    d = dx(c)
    kind = c.ch(["escort", "cert"])
    blocks = [("p", c.t(f"{pt.community}, le {c.dfmt(c.today, 'long')}", f"{pt.community}, {c.dfmt(c.today, 'long')}")),
              ("p", c.t(f"Objet : {pt.full}, né{pt.e()} le {c.dfmt(pt.dob, 'long')}", f"Re: {pt.full}, born {c.dfmt(pt.dob, 'long')}"))]
    if pt.nam and (c.p(.8) or c.force_nam):
        ty.add("ramq_nam")
        blocks.append(("p", c.t(f"NAM : {c.nam(pt, 'space')}", f"RAMQ: {c.nam(pt, 'space')}")))
    if kind == "escort":
        ty.add("diagnosis")
        blocks.append(("p", c.t(f"J'atteste que l'état de santé de {pt.title('fr')} {pt.surname} ({d['fr']}) requiert la présence d'un accompagnateur lors de son déplacement à Montréal.",
                                f"I certify that {pt.title('en')} {pt.surname}'s condition ({d['en']}) requires an escort for the trip to Montreal.")))
    else:
        ty.add("diagnosis")
        blocks.append(("p", c.t(f"{pt.title('fr')} {pt.surname} est inapte au travail du {c.dfmt(c.today)} au {c.dfmt(c.later(14, 60))} en raison de {d['fr']}.",
                                f"{pt.title('en')} {pt.surname} is unable to work from {c.dfmt(c.today)} to {c.dfmt(c.later(14, 60))} because of {d['en']}.")))
    blocks.append(("p", f"{md.full}, {md.role_name(c.lang)}"))
    data = make_docx(c.t("Attestation médicale", "Medical certificate"), blocks, c.dt.replace(tzinfo=None), md.full)
    fn = c.ch([c.t("attestation_accompagnateur.docx", "escort_letter.docx"), f"Lettre_{pt.surname}.docx", "Document1.docx"])
    lines = [c.greet(first=coord.given), "", c.t("Voici la lettre signée.", "Here's the signed letter."), "", c.sign(md, short=True)]
    m = c.mail(md, [coord], c.t("Lettre d'attestation", "Certificate letter"), "\n".join(lines),
               atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)])
    return Out(m, ty, "medical certificate DOCX", "docx_letter")


def p_vaccine_list(c):
    ty = {"patient_name", "date_of_birth", "medication"}
    org = c.ch(["siq", "ika", "ew"])
    nurse = c.staff("nurse", org)
    chr_ = c.staff("chr", org)
    rows = [c.t(["Nom", "DDN", "Parent", "Vaccins dus", "Dernière visite"], ["Name", "DOB", "Parent", "Vaccines due", "Last visit"])]
    for i in range(c.rng.randint(6, 12)):
        ch_ = c.patient(kind=("inuit" if org != "ew" else "cree"), age_range=(0, 6))
        par = c.patient(kind=ch_.kind, sex="F", age_range=(18, 40))
        rows.append([ch_.full, ch_.dob.isoformat(), par.given, c.ch(["RRO-Var", "DCaT-VPI-Hib", "Pneu-C-20", "Men-C", "HB"]),
                     c.earlier(30, 400).isoformat()])
    csv_txt = make_csv(rows, delimiter=";" if c.lang == "fr" else ",")
    lines = [c.greet(first=chr_.given), "", c.t("Liste des enfants en retard de vaccination pour les visites à domicile.",
                                                  "List of children overdue for vaccines, for home visits."), "", c.sign(nurse)]
    m = c.mail(nurse, [chr_], c.t("Rattrapage vaccinal", "Vaccine catch-up"), "\n".join(lines),
               atts=[Att(c.t("rattrapage.csv", "catchup.csv"), "text/csv", csv_txt, charset=c.ch(["windows-1252", "utf-8"]))])
    return Out(m, ty, "vaccination catch-up CSV of named children", "vaccine_csv")


def p_violence(c):
    ty = {"patient_name", "social_information"}
    pt = pick(c, 0.2, pred=lambda p: p.sex == "F" and 18 <= p.age(c.today) <= 60, sex="F", age_range=(19, 50))
    sw = c.staff("sw", getattr(pt, "home_org", "siq"))
    bh = c.staff("house", c.ch(list(BOARDING)))
    lines = [c.greet(first=bh.given), "",
             c.t(f"{pt.full} arrive demain pour son rendez-vous à l'hôpital. Elle fuit une situation de violence conjugale.",
                 f"{pt.full} arrives tomorrow for her hospital appointment. She is fleeing intimate partner violence."),
             c.t("SVP ne confirmez sa présence à personne, incluant la famille. Elle ne doit pas partager sa chambre avec quelqu'un de sa communauté.",
                 "Please do not confirm she is staying with you to anyone, including family. She should not share a room with anyone from her community.")]
    if c.p(.6):
        ty.add("diagnosis")
        lines.append(c.t("Elle a des contusions au thorax, radiographie prévue.", "She has chest bruising, X-ray booked."))
    if c.p(.5):
        ty.add("patient_contact")
        lines.append(c.t(f"Son nouveau numéro : {pt.phone}", f"Her new number: {pt.phone}"))
    lines += ["", c.sign(sw)]
    m = c.mail(sw, [bh], c.t("Confidentiel – arrivée demain", "Confidential – arriving tomorrow"), "\n".join(lines), importance="high")
    return Out(m, ty, "patient fleeing violence, boarding home alert", "violence")


def p_chr_visit(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.25, age_range=(40, 85))
    chr_ = c.staff("chr", getattr(pt, "home_org", "ew"))
    nurse = c.staff("nurse", getattr(pt, "home_org", "ew"))
    lines = [c.greet(first=nurse.given), "", c.t(f"Visite à domicile chez {c.name(pt, c.ch(['full', 'title']))} ce matin.", f"Home visit to {c.name(pt, c.ch(['full', 'title']))} this morning.")]
    if c.p(.6):
        ty.add("patient_contact")
        lines.append(c.t(f"Adresse : {pt.address}", f"Address: {pt.address}"))
    lines.append(c.t("Plaie au pied droit (plante), rouge et chaude, pansement refait.", "Wound under the right foot, red and warm, dressing changed."))
    if c.p(.7):
        ty.add("lab_result")
        lines.append(c.t(f"Glycémie capillaire : {c.rng.randint(12, 22)},{c.rng.randint(0, 9)} mmol/L", f"Capillary glucose: {c.rng.randint(12, 22)}.{c.rng.randint(0, 9)} mmol/L"))
    if c.p(.5):
        ty.add("medication")
        lines.append(c.t("Ne prend pas sa metformine depuis 2 semaines (plus de pilules).", "Hasn't taken metformin for 2 weeks (ran out)."))
    if c.p(.4):
        ty.add("social_information")
        lines.append(c.t("Vit seul, pas de chauffage au 2e étage, la fournaise est brisée.", "Lives alone, no heat upstairs, the furnace is broken."))
    lines += ["", c.sign(chr_, short=c.p(.5))]
    m = c.mail(chr_, [nurse], c.t("Visite à domicile", "Home visit"), "\n".join(lines))
    return Out(m, ty, "community health representative home-visit note", "chr_visit")


def p_visiting_clinic(c):
    ty = {"patient_name", "date_of_birth", "diagnosis"}
    org = c.ch(["siq", "ika", "ew"])
    comm = c.ch(NUNAVIK if org != "ew" else EEYOU)
    spec = c.staff("md", c.ch(["husb", "mru"]))
    clerk = c.staff("clerk", org)
    sp = c.ch([("ophtalmologie", "ophthalmology", ["rétinopathie diabétique", "cataracte", "glaucome"], ["diabetic retinopathy", "cataract", "glaucoma"]),
               ("ORL", "ENT", ["otite chronique", "perte auditive", "perforation tympanique"], ["chronic otitis", "hearing loss", "TM perforation"])])
    rows = [c.t(["Heure", "Nom", "DDN", "Motif"], ["Time", "Name", "DOB", "Reason"])]
    for i in range(c.rng.randint(6, 12)):
        pt = pick(c, 0.08, kind=("inuit" if org != "ew" else "cree"))
        rows.append([f"{8 + i // 2}:{'00' if i % 2 == 0 else '30'}", f"{pt.surname}, {pt.given}", pt.dob.isoformat(),
                     c.ch(sp[2] if c.lang == "fr" else sp[3])])
    day = c.later(5, 30)
    if c.p(.5):
        pdf = make_pdf(c.t(f"Clinique {sp[0]} – {comm} – {day.isoformat()}", f"{sp[1]} clinic – {comm} – {day.isoformat()}"), [("table", rows)], clerk.full)
        atts = [Att(c.t(f"liste_{sp[0]}_{comm}.pdf", f"{sp[1]}_list_{comm}.pdf").replace(" ", "_"), "application/pdf", pdf)]
        text = "\n".join([c.greet(f"Dr {spec.surname}"), "", c.t("Voici la liste pour votre visite.", "Here is the list for your visit."), "", c.sign(clerk)])
    else:
        atts = []
        text = "\n".join([c.greet(f"Dr {spec.surname}"), "", c.t("Voici la liste pour votre visite :", "Here is the list for your visit:"), ""]
                         + ["\t".join(r) for r in rows] + ["", c.sign(clerk)])
    m = c.mail(clerk, [spec], c.t(f"Clinique {sp[0]} {comm} {day:%d/%m}", f"{sp[1]} clinic {comm} {day:%b %d}"), text, atts=atts)
    return Out(m, ty, "visiting specialist clinic patient list", "visiting_clinic")


def p_telederm(c):
    ty = {"patient_name", "diagnosis"}
    pt = pick(c, 0.25)
    nurse = _home_nurse(c, pt)
    derm = c.staff("md", c.ch(["husb", "mru"]))
    desc = c.ch([c.t("lésion pigmentée du dos qui a changé de forme depuis 6 mois", "pigmented lesion on the back that changed shape over 6 months"),
                 c.t("éruption vésiculaire aux mains et aux pieds, prurit intense", "vesicular rash on hands and feet, intense itch"),
                 c.t("ulcère de jambe qui ne guérit pas (diabétique)", "non-healing leg ulcer (diabetic)")])
    lines = [c.greet(f"Dr {derm.surname}"), "",
             c.t(f"Photos de {c.name(pt)} ({sexage(c, pt)}) : {desc}.", f"Photos for {c.name(pt)} ({sexage(c, pt)}): {desc}.")]
    if c.p(.5):
        ty.add("medication")
        lines.append(c.t("Essai de crème de bétaméthasone 0,1 % sans effet.", "Tried betamethasone 0.1% cream with no effect."))
    if c.p(.4):
        ty.add("mrn")
        lines.append(c.t(f"Dossier {c.mrn(pt)}", f"Chart {c.mrn(pt)}"))
    lines += ["", c.close(), c.sign(nurse)]
    atts = [Att(f"IMG_{c.rng.randint(1000, 9999)}.pdf", "application/pdf", make_scan_pdf(1)) for _ in range(c.rng.randint(1, 3))]
    m = c.mail(nurse, [derm], c.t("Télédermatologie", "Teledermatology"), "\n".join(lines), atts=atts)
    return Out(m, ty, "teledermatology photos with patient description", "telederm")


def p_quoted_only(c):
    pt = pick(c, 0.5)
    d = dx(c)
    a = c.staff("coord_travel", getattr(pt, "home_org", "siq"))
    b = c.staff("nurse", getattr(pt, "home_org", "siq"))
    ty = {"patient_name", "diagnosis"}
    orig = [c.greet(first=a.given), "",
            c.t(f"Peux-tu réserver le vol de {pt.full} pour son suivi en {d['sp'][0]} ({d['fr']})?",
                f"Can you book {pt.full}'s flight for the {d['sp'][1]} follow-up ({d['en']})?")]
    nl = nam_line(c, pt, ty, .8)
    if nl:
        orig.append(nl)
    if c.p(.5):
        ty.add("date_of_birth")
        orig.append(c.t(f"DDN {c.dfmt(pt.dob)}", f"DOB {c.dfmt(pt.dob)}"))
    orig += ["", b.given]
    reply = [c.ch([c.t("C'est fait, vol confirmé.", "Done, flight confirmed."), c.t("Ok, réservé.", "Ok, booked."), "👍 " + c.t("fait", "done")]),
             "", c.sign(a, short=True), "", c.quoted(b.full, b.addr, c.prev_dt(), "\n".join(orig), c.t("Vol", "Flight"), a.full)]
    m = c.mail(a, [b], c.t("RE: Vol", "RE: Flight"), "\n".join(reply))
    return Out(m, ty, "short reply; patient details only in quoted text", "quoted_only")


def p_initials_signout(c):
    ty = {"patient_name"}
    org = c.ch(["siq", "ika", "ew"])
    a = c.staff("nurse", org)
    b = c.staff("nurse", org)
    items = []
    for i in range(c.rng.randint(3, 5)):
        pt = c.patient(kind=("inuit" if org != "ew" else "cree"))
        k = c.ch(["inr", "dress", "abx", "bp"])
        nm = c.ch([f"{pt.given[0].lower()}. {pt.surname.lower()}", f"{pt.given[0]}.{pt.surname}", f"{pt.surname.lower()} {pt.given[0].lower()}"])
        if k == "inr":
            ty |= {"lab_result", "medication"}
            items.append(c.t(f"- {nm} INR {c.rng.randint(2, 4)},{c.rng.randint(0, 9)} -> warfarine à ajuster", f"- {nm} INR {c.rng.randint(2, 4)}.{c.rng.randint(0, 9)} -> adjust warfarin"))
        elif k == "dress":
            ty.add("diagnosis")
            items.append(c.t(f"- {nm} pansement ulcère talon", f"- {nm} heel ulcer dressing"))
        elif k == "abx":
            ty |= {"medication", "diagnosis"}
            items.append(c.t(f"- {nm} cellulite, céphalexine jour 3/7", f"- {nm} cellulitis, cephalexin day 3/7"))
        else:
            ty |= {"lab_result", "diagnosis"}
            items.append(c.t(f"- {nm} HTA TA {c.rng.randint(150, 180)}/{c.rng.randint(90, 110)} à reprendre", f"- {nm} HTN BP {c.rng.randint(150, 180)}/{c.rng.randint(90, 110)} recheck"))
    text = "\n".join([c.t("pour demain:", "for tomorrow:")] + items + ["", a.given.lower()])
    m = c.mail(a, [b], c.t("demain", "tmrw"), text, atts=[])
    return Out(m, ty, "terse sign-out with initials and lower-case names", "initials_signout", prefs={"body": "plain"})


def p_medevac_log(c):
    ty = {"patient_name", "diagnosis", "date_of_birth"}
    coord = c.staff("coord", "rr")
    mgr = c.staff("dir", "rr")
    rows = [c.t(["Date", "Communauté", "Nom", "DDN", "Motif", "Destination", "Priorité"],
                ["Date", "Community", "Name", "DOB", "Reason", "Destination", "Priority"])]
    for i in range(c.rng.randint(8, 15)):
        pt = pick(c, 0.1)
        d = dx(c)
        rows.append([c.earlier(1, 30).isoformat(), pt.community, pt.full, pt.dob.isoformat(), d["fr"] if c.lang == "fr" else d["en"],
                     c.ch(["HUSB", "MRUHN", "CRSH"]), c.ch(["P1", "P2", "P3"])])
    data = make_xlsx([(c.t("Évacuations", "Medevacs"), rows)], c.dt.replace(tzinfo=None), coord.full)
    lines = [c.greet(first=mgr.given), "", c.t("Registre des évacuations du mois, pour la revue de qualité.", "This month's medevac log for the quality review."),
             "", c.sign(coord)]
    m = c.mail(coord, [mgr], c.t("Registre MEDEVAC", "MEDEVAC log"), "\n".join(lines),
               atts=[Att(c.t(f"registre_evac_{c.today:%Y_%m}.xlsx", f"medevac_log_{c.today:%Y_%m}.xlsx"),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])
    return Out(m, ty, "monthly medevac log with named patients", "medevac_log")
