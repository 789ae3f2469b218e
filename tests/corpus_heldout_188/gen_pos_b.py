"""Confidential mail, part B: census lists, bookings, calendar and contact cards,
insurer and out-of-province forms (SIN, Ontario health number, NISS, NIR)."""
import datetime

import gen_attach as A
import gen_clinic as C
import gen_mime as M
import gen_text as T
import gen_util as U


def _census_rows(c, lang, n, with_nam=False, ascii_only=False):
    r = c.rng
    prog = r.choice(["sci", "amp", "stroke"])
    rows = []
    for i in range(n):
        hold = with_nam and i < 2
        p = c.patient(lang, prog=prog, holder=hold)
        name = c.nm(p, lang, r.choice(["upper_first", "sur_comma", "sur_first", "upper"]))
        mrn = c.mrn(p, "plain" if ascii_only else r.choice(["plain", "plain", "dash", "fw"]))
        pb = c.comp(p, lang, 1)[0]
        extra = ""
        if hold:
            extra = "%s %s, %s" % (c.nam(p, plain_only=True), p.sex, c.dob(p, lang, "iso"))
        rows.append((p.room, name, mrn, pb, extra))
    rows.sort()
    return prog, rows


def census_xlsx(c, lang):
    r = c.rng
    prog, rows = _census_rows(c, lang, r.randrange(5, 9), with_nam=r.random() < 0.5)
    meds_p = c.patient(lang, prog=prog)
    nurse = U.STAFF[10]
    hdr = (["Ch.", "Nom", "Dossier", "Problème actif", "NAM / sexe / DDN"] if lang == "fr" else
           ["Rm", "Name", "MRN", "Active issue", "NAM / sex / DOB"])
    sheet = [hdr] + [list(x) for x in rows]
    when = c.cur["date"].replace(tzinfo=None)
    data = A.xlsx([("Garde" if lang == "fr" else "Sign-out", sheet)], when=when)
    if lang == "fr":
        fn = r.choice(["liste_garde_%s.xlsx" % when.strftime("%Y-%m-%d"), "Liste de garde BM.xlsx",
                       "recensement_unité_%s.xlsx" % C.UNIT[prog]])
        subj = r.choice(["Liste de garde fin de semaine", "Recensement unité %s" % C.UNIT[prog],
                         "Liste à jour"])
        body = ("Bonjour,\n\nVoici la liste de garde à jour pour la fin de semaine (unité %s). "
                "Attention particulière aux lignes surlignées.\n\n%s" % (C.UNIT[prog],
                                                                        c.sig(nurse, "fr")))
    else:
        fn = r.choice(["signout_%s.xlsx" % when.strftime("%Y-%m-%d"), "Weekend sign-out.xlsx",
                       "census_unit%s.xlsx" % C.UNIT[prog]])
        subj = r.choice(["Weekend sign-out", "Unit %s census" % C.UNIT[prog], "Updated list"])
        body = ("Hi,\n\nUpdated weekend sign-out list for unit %s attached. Please check the "
                "highlighted rows.\n\n%s" % (C.UNIT[prog], c.sig(nurse, "en")))
    del meds_p
    to = [c.sa(x, lang) for x in (U.STAFF[0], U.STAFF[1], U.STAFF[3])]
    return c.msg(lang, "census", "weekend sign-out list in XLSX", c.sa(nurse, lang), to, subj, body,
                 atts=[T.att("xlsx", fn, data,
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


def census_inline(c, lang):
    r = c.rng
    prog, rows = _census_rows(c, lang, r.randrange(4, 7))
    md, md2 = [U.STAFF[i] for i in c.rng.sample([0, 1, 2, 3], 2)]
    p = c.patient(lang, prog=prog)
    med = c.meds(p, lang, 1)[0]
    nm = c.nm(p, lang, "upper_first")
    pb = c.comp(p, lang, 1)[0]
    lines = ["%-6s %-26s #%-9s %s" % (x[0], x[1], x[2], x[3]) for x in rows]
    lines.append("%-6s %-26s #%-9s %s, %s" % (p.room, nm, c.mrn(p, "plain"), pb, med))
    if lang == "fr":
        subj = r.choice(["Sign-out garde", "Passation de garde", "Garde ce soir"])
        body = ("%s\n\nPassation pour ce soir :\n\n%s\n\nRien d'autre à signaler. Bonne garde !\n%s"
                % (T.hello(r, "fr", md2[0]), "\n".join(lines), md[0]))
    else:
        subj = r.choice(["Sign-out", "Handover tonight", "On-call list"])
        body = ("%s\n\nHandover for tonight:\n\n%s\n\nNothing else pending. Quiet night!\n%s"
                % (T.hello(r, "en", md2[0]), "\n".join(lines), md[0]))
    return c.msg(lang, "census", "inline handover roster (room, name, problem)", c.sa(md, lang),
                 [c.sa(md2, lang)], subj, body, body="plain")


def census_html(c, lang):
    r = c.rng
    prog, rows = _census_rows(c, lang, r.randrange(4, 8))
    nurse = U.STAFF[8]
    hdr = ("Ch.", "Usager", "Dossier", "Note") if lang == "fr" else ("Room", "Patient", "Chart", "Note")
    tab = M.html_table([hdr] + [(x[0], x[1], x[2], x[3]) for x in rows])
    if lang == "fr":
        subj = "Tableau des admissions prévues – %s" % C.PROG_NAME[(prog, "fr")]
        intro = "<p>Bonjour,</p><p>Voici le tableau des usagers présents ce matin :</p>"
        out = "<p>Merci de valider les plans de congé avant jeudi.</p><p>%s</p>" % nurse[0]
    else:
        subj = "Bed board – %s" % C.PROG_NAME[(prog, "en")]
        intro = "<p>Hi,</p><p>Here is this morning's bed board:</p>"
        out = "<p>Please confirm discharge plans before Thursday.</p><p>%s</p>" % nurse[0]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>td,th{font-family:Arial;font-size:10pt}</style></head>\n<body>\n%s\n%s\n%s\n'
            '</body></html>\n' % (intro, tab, out))
    text = "\n".join(" | ".join(x[:4]) for x in rows)
    return c.msg(lang, "census", "bed board as an HTML table", c.sa(nurse, lang),
                 [c.sa(U.STAFF[20], lang), c.sa(U.STAFF[6], lang)], subj, text, html=html,
                 body=r.choice(["html", "alt"]))


def transport(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "amp", "stroke"]))
    clerk = U.STAFF[11]
    ta = c.ext("tra")
    name = c.nm(p, lang, r.choice(["full", "upper_first", "title"]))
    addr = c.addr(p)
    tel = c.tel(p)
    c.t("diagnosis")
    d = c.today + datetime.timedelta(days=r.randrange(3, 15))
    hosp = c.ext(r.choice(["hsa", "chul"]))
    if lang == "fr":
        clin = r.choice(["urologie", "clinique de plaies", "neurochirurgie", "chirurgie vasculaire"])
        equip = {"sci": "fauteuil motorisé, tétraplégique – besoin d'un véhicule avec rampe",
                 "amp": "fauteuil manuel, amputé fémoral sans prothèse pour l'instant",
                 "stroke": "hémiplégique, marche avec aide à la marche sur courte distance"}[p.prog]
        subj = "Demande de transport – %s" % U.fmt_date(d, "fr", "long")
        body = ("Bonjour,\n\nNous demandons un transport aller-retour pour :\n\nNom : %s\n"
                "Adresse de départ : %s\nTéléphone : %s\nDestination : %s, %s\n"
                "Rendez-vous : %s à %d h 30\nParticularités : %s\n\nMerci de confirmer.\n%s" % (
                    name, addr, tel, hosp[0], clin, U.day_fr(d), r.randrange(8, 15), equip,
                    c.sig(clerk, "fr")))
    else:
        clin = r.choice(["urology", "wound clinic", "neurosurgery", "vascular surgery"])
        equip = {"sci": "power wheelchair, tetraplegic – needs ramp vehicle",
                 "amp": "manual wheelchair, transfemoral amputee, no prosthesis yet",
                 "stroke": "hemiplegic, walks short distances with a walker"}[p.prog]
        subj = "Transport request – %s" % U.fmt_date(d, "en", "long")
        body = ("Hello,\n\nRequesting a return trip for:\n\nName: %s\nPick-up address: %s\n"
                "Phone: %s\nDestination: %s, %s\nAppointment: %s at %d:30\nNotes: %s\n\n"
                "Please confirm.\n%s" % (name, addr, tel, hosp[0], clin, U.day_en(d),
                                         r.randrange(8, 15), equip, c.sig(clerk, "en")))
    return c.msg(lang, "transport", "adapted transport booking for a clinic visit",
                 c.sa(clerk, lang), [("", "reservations@" + ta[1])], subj, body)


def appointment_ics(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["amp", "amp", "sci", "stroke"]))
    pr = U.STAFF[7] if p.prog == "amp" else c.st(4, 5, 15, 16)
    name = c.nm(p, lang, r.choice(["initial", "full", "sur_first", "title_sur"]))
    d = c.today + datetime.timedelta(days=r.randrange(2, 20))
    start = datetime.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13, 14]), 0)
    end = start + datetime.timedelta(minutes=r.choice([60, 90]))
    c.t("diagnosis")
    if lang == "fr":
        summ = {"amp": "Essayage emboîture transtibiale – %s",
                "sci": "Évaluation positionnement fauteuil – %s",
                "stroke": "Essai orthèse tibiale (releveur) – %s"}[p.prog] % name
        desc = {"amp": "Moignon encore œdémateux, prévoir manchon 6 mm. Diabétique : vérifier la peau.",
                "sci": "Plaie ischiatique droite en guérison, coussin à air à réévaluer.",
                "stroke": "Pied tombant droit post-AVC, spasticité légère du triceps sural."}[p.prog]
        loc = "Atelier orthèses-prothèses, local 1.24"
        subj = "Invitation : " + summ
        body = "Bonjour,\n\nJe t'envoie l'invitation pour l'essai. Merci de l'amener à l'atelier.\n\n%s" % pr[0]
    else:
        summ = {"amp": "Transtibial socket fitting – %s",
                "sci": "Wheelchair seating assessment – %s",
                "stroke": "AFO trial – %s"}[p.prog] % name
        desc = {"amp": "Residual limb still edematous, bring 6 mm liner. Diabetic: check skin.",
                "sci": "Right ischial wound healing, re-evaluate air cushion.",
                "stroke": "Right foot drop post-stroke, mild calf spasticity."}[p.prog]
        loc = "O&P workshop, room 1.24"
        subj = "Invitation: " + summ
        body = "Hi,\n\nSending the invite for the fitting. Please bring them down to the workshop.\n\n%s" % pr[0]
    other = c.st(8, 17, 10)
    ev = dict(uid="%s-%s@%s" % (start.strftime("%Y%m%dT%H%M"), p.mrn, U.DOM), start=start, end=end,
              summary=summ, location=loc, description=desc,
              organizer=(U.staff_name(pr, lang), U.staff_addr(pr)),
              attendees=[(U.staff_name(other, lang), U.staff_addr(other))])
    data = A.ics([ev], c.cur["date"].astimezone(datetime.timezone.utc))
    return c.msg(lang, "appointment", "calendar invitation for a fitting or assessment (ICS)",
                 c.sa(pr, lang), [c.sa(other, lang)], subj, body,
                 atts=[T.att("ics", "invite.ics", data, "text/calendar", ctparams="; method=REQUEST",
                             cte=r.choice(["base64", "7bit", "quoted-printable"]))])


def home_visit_vcard(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "amp", "stroke"]))
    ot = c.st(4, 15)
    name = c.nm(p, lang, "full", record=False)
    c.t("patient_name", "patient_contact", "diagnosis")
    c.must(p.surname)
    c.must(p.phone)
    c.must(p.addr_parts[1])
    d = c.today + datetime.timedelta(days=r.randrange(2, 10))
    ap = p.addr_parts
    card = A.vcard(name, (p.surname, p.given), tel=[("HOME", p.phone)],
                   adr=(ap[0].replace(",", "\\,"), ap[1], ap[2], ap[3], "Canada"),
                   note=("Visite à domicile ergo" if lang == "fr" else "OT home visit"))
    fn = r.choice(["%s.vcf" % T.safe_fn(name), "contact.vcf", "%s_%s.vcf" % (
        T.safe_fn(p.surname), p.given[0])])
    if lang == "fr":
        dxs = {"sci": "paraplégie T10", "amp": "amputation fémorale", "stroke": "hémiparésie gauche post-AVC"}
        subj = "Visite à domicile %s" % U.day_fr(d)
        body = ("Salut,\n\nJe fais la visite à domicile de mon usager %s (%s) %s pour "
                "l'adaptation de la salle de bain et l'accès au logement. Coordonnées en pièce "
                "jointe. Sa conjointe sera présente.\n\nPeux-tu m'accompagner ?\n%s" % (
                    p.given, dxs[p.prog], U.day_fr(d), ot[0]))
    else:
        dxs = {"sci": "T10 paraplegia", "amp": "transfemoral amputation", "stroke": "left hemiparesis post-stroke"}
        subj = "Home visit %s" % U.day_en(d)
        body = ("Hi,\n\nI'm doing the home visit for my client %s (%s) on %s for bathroom "
                "adaptation and home access. Contact card attached; spouse will be there.\n\n"
                "Can you come along?\n%s" % (p.given, dxs[p.prog], U.day_en(d), ot[0]))
    other = c.st(5, 16, 6)
    return c.msg(lang, "homevisit", "home visit plan with the client's contact card (vCard)",
                 c.sa(ot, lang), [c.sa(other, lang)], subj, body,
                 atts=[T.att("vcf", fn, card, r.choice(["text/vcard", "text/x-vcard"]),
                             cte=r.choice(["base64", "7bit", "quoted-printable"]))])


def insurer_sin(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "amp"]), holder=r.random() < 0.4)
    phys = c.st(0, 1, 2)
    ins = c.ext(r.choice(["ins", "nst"]))
    docx_mode = r.random() < 0.6
    ident = c.ident(p, lang, layout=r.choice([0, 3]))
    sin = c.sin()
    dx = c.dx(p, lang)
    when = c.cur["date"].replace(tzinfo=None)
    claim = "%s-%06d" % (r.choice(["SIN", "ASS", "LTD"]), r.randrange(10 ** 6))
    if lang == "fr":
        paras = ["## Attestation médicale – invalidité de longue durée",
                 "No de réclamation : %s" % claim, ident, "NAS : %s" % sin,
                 "Diagnostic : %s" % dx,
                 "Date de l'accident : %s" % U.fmt_date(c.today - datetime.timedelta(days=r.randrange(60, 300)), "fr", "long"),
                 "Limitations fonctionnelles : ne peut reprendre son emploi de manœuvre. "
                 "Retour au travail non prévisible avant 12 mois.",
                 "Signature : %s" % U.staff_name(phys, "fr")]
        subj = "Réclamation %s – attestation médicale" % claim
        body = ("Bonjour,\n\n%s\n\nCordialement,%s" % (
            "Vous trouverez ci-joint le formulaire d'attestation médicale complété." if docx_mode
            else "Voici les renseignements demandés :\n\n" + "\n".join(paras[1:]),
            c.sig(U.STAFF[14], "fr")))
        fn = "Attestation_%s.docx" % claim
    else:
        paras = ["## Attending Physician Statement – Long-Term Disability",
                 "Claim no.: %s" % claim, ident, "SIN: %s" % sin, "Diagnosis: %s" % dx,
                 "Date of injury: %s" % U.fmt_date(c.today - datetime.timedelta(days=r.randrange(60, 300)), "en", "long"),
                 "Functional limitations: cannot return to labourer job. No return to work "
                 "expected within 12 months.",
                 "Signed: %s" % U.staff_name(phys, "en")]
        subj = "Claim %s – attending physician statement" % claim
        body = ("Hello,\n\n%s\n\nRegards,%s" % (
            "Please find the completed attending physician statement attached." if docx_mode
            else "Requested information below:\n\n" + "\n".join(paras[1:]),
            c.sig(U.STAFF[14], "en")))
        fn = "APS_%s.docx" % claim
    atts = []
    if docx_mode:
        atts.append(T.att("docx", fn, A.docx(paras[0][3:], paras[1:], when=when),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    return c.msg(lang, "insurer", "disability insurer form with SIN" + (" (DOCX)" if docx_mode else ""),
                 c.sa(U.STAFF[14], lang), [("", "reclamations@" + ins[1])], subj, body, atts=atts)


def ontario_adp(c, lang):
    r = c.rng
    p = c.patient(lang, prog=r.choice(["sci", "amp", "stroke"]), kind="on")
    ot = c.st(15, 4)
    name = c.nm(p, lang, r.choice(["full", "upper_first", "sur_comma"]))
    dob = c.dob(p, lang)
    ohn = c.ohn()
    addr = c.addr(p)
    dx = c.dx(p, lang)
    hosp = c.ext("orgh")
    item = {"sci": "power wheelchair with tilt", "amp": "transfemoral prosthesis with microprocessor knee",
            "stroke": "ankle-foot orthosis and walker"}[p.prog]
    if lang == "fr":
        item_fr = {"sci": "fauteuil motorisé avec bascule", "amp": "prothèse fémorale avec genou à microprocesseur",
                   "stroke": "orthèse tibiale et déambulateur"}[p.prog]
        subj = "Patient ontarien – formulaire PAAF (ADP)"
        body = ("Bonjour,\n\nPour le congé de notre usager résidant en Ontario, voici les "
                "informations pour la demande au Programme d'appareils et accessoires fonctionnels :\n\n"
                "%s, né(e) le %s\nCarte Santé Ontario : %s\nAdresse : %s\nDiagnostic : %s\n"
                "Équipement : %s\n\nPouvez-vous confirmer que votre ergothérapeute autorisée "
                "signera le formulaire ?\n%s" % (name, dob, ohn, addr, dx, item_fr, c.sig(ot, "fr")))
    else:
        subj = "Ontario resident – ADP application"
        body = ("Hello,\n\nFor the discharge of our Ontario resident, here is the information for the "
                "Assistive Devices Program application:\n\n%s, DOB %s\nOHIP: %s\nAddress: %s\n"
                "Diagnosis: %s\nDevice: %s\n\nCan you confirm your ADP-authorized OT will sign "
                "the form?\n%s" % (name, dob, ohn, addr, dx, item, c.sig(ot, "en")))
    return c.msg(lang, "insurer", "out-of-province device funding request with Ontario health number",
                 c.sa(ot, lang), [("Rehab Outpatient", "rehab.outpt@" + hosp[1])], subj, body)


def belgian_niss(c, lang):
    r = c.rng
    p = c.patient(lang, prog="stroke", kind="be")
    sw = U.STAFF[6]
    mut = c.ext("mut")
    in_pdf = r.random() < 0.5
    name = c.nm(p, lang, r.choice(["upper_first", "full", "sur_first"]))
    dob = c.dob(p, lang)
    niss = c.niss(p, ascii_only=in_pdf)
    dx = c.dx(p, lang)
    meds = c.meds(p, lang, 2)
    if lang == "fr":
        lines = ["Assuré(e) : %s" % name, "Date de naissance : %s" % dob, "NISS : %s" % niss,
                 "Diagnostic : %s" % dx, "Traitement : %s" % ", ".join(meds),
                 "Rapatriement souhaité par la famille dès stabilité."]
        subj = "Rapatriement – assuré(e) de votre mutualité"
        body = "Madame, Monsieur,\n\nUn(e) de vos affilié(e)s est hospitalisé(e) dans notre centre après un AVC survenu en vacances.\n\n"
        body += ("Rapport en pièce jointe." if in_pdf else "\n".join(lines))
        body += "\n\nNous souhaitons coordonner le retour en Belgique.%s" % c.sig(sw, "fr")
    else:
        lines = ["Insured: %s" % name, "Date of birth: %s" % dob, "NISS: %s" % niss,
                 "Diagnosis: %s" % dx, "Treatment: %s" % ", ".join(meds),
                 "Family wishes repatriation once stable."]
        subj = "Repatriation – member of your mutual insurer"
        body = "Dear colleagues,\n\nOne of your members is an inpatient in our centre after a stroke while on holiday.\n\n"
        body += ("Report attached." if in_pdf else "\n".join(lines))
        body += "\n\nWe would like to coordinate the return to Belgium.%s" % c.sig(sw, "en")
    atts = []
    if in_pdf:
        atts.append(T.att("pdf", "rapport_medical_%s.pdf" % T.safe_fn(p.surname.lower()),
                          A.pdf("Rapport médical" if lang == "fr" else "Medical report", lines),
                          "application/pdf"))
        c.must(p.surname.lower())
    return c.msg(lang, "insurer", "repatriation request for a Belgian patient with NISS",
                 c.sa(sw, lang), [("Service international", "international@" + mut[1])], subj, body,
                 atts=atts)


def french_nir(c, lang):
    r = c.rng
    p = c.patient(lang, prog="amp", kind="fra")
    sw = U.STAFF[6]
    cpam = c.ext("cpam")
    name = c.nm(p, lang, r.choice(["upper_first", "full", "title"]))
    dob = c.dob(p, lang)
    nir = c.nir(p)
    dx = c.dx(p, lang)
    docx_mode = r.random() < 0.5
    if lang == "fr":
        paras = ["## Demande de prise en charge – prothèse", "Assuré : %s" % name,
                 "Né(e) le : %s" % dob, "N° de sécurité sociale : %s" % nir,
                 "Motif : %s. Appareillage provisoire en cours, prothèse définitive prévue." % dx,
                 "Devis joint séparément par le prothésiste."]
        subj = "Prise en charge prothèse – assuré CPAM"
        body = "Bonjour,\n\n" + ("Veuillez trouver ci-joint la demande de prise en charge." if docx_mode
                                 else "\n".join(paras[1:])) + "\n%s" % c.sig(sw, "fr")
    else:
        paras = ["## Coverage request – prosthesis", "Insured: %s" % name, "Date of birth: %s" % dob,
                 "NIR (French social security no.): %s" % nir,
                 "Reason: %s. Temporary prosthesis in progress; definitive prosthesis planned." % dx,
                 "Quote sent separately by the prosthetist."]
        subj = "Prosthesis coverage – CPAM member"
        body = "Hello,\n\n" + ("Please find the coverage request attached." if docx_mode
                               else "\n".join(paras[1:])) + "\n%s" % c.sig(sw, "en")
    atts = []
    if docx_mode:
        atts.append(T.att("docx", "demande_prise_en_charge.docx",
                          A.docx(paras[0][3:], paras[1:], when=c.cur["date"].replace(tzinfo=None)),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    return c.msg(lang, "insurer", "French insurer coverage request with NIR", c.sa(sw, lang),
                 [("Relations internationales", "ri@" + cpam[1])], subj, body, atts=atts)
