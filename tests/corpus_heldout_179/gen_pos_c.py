"""Positive templates, part C: quick notes, replies and forwards, insurer forms, out-of-province
and foreign patients, social situations, vCard/ZIP/spreadsheet carriers, mail to patients."""
import datetime

import gen_clinical as K
from gen_attach import make_csv, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import EXT, NAM_STYLES, ORG_FR, Person, cap1, fmt_date, fold, make_sin
from gen_ctx import addr_str, fwd_block, quote_gt, quote_outlook
from gen_mime import Att, build_message
from gen_pos_a import _clinic_inbox, _gp
from gen_ptools import PDF_SAFE_NAM, fname_tok, id_rows, idblock, nstyle, patient, spec

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _clin_line(c, p):
    """One clinical sentence with a diagnosis and often a drug or a lab value."""
    t, L = c.t, c.L
    k = c.rng.randrange(4)
    if k == 0:
        dx, _ = K.stone_dx(c.rng, c.lang)
        return t.dx(dx) + "; " + t.lab(K.basic_labs(c.rng, c.lang))
    if k == 1:
        return t.dx(K.retention_dx(c.rng, c.lang)) + L(", sous ", ", on ") + t.med(K.abx(c.rng, c.lang))
    if k == 2 and p.sex == "M" and p.age() > 45:
        return t.dx(K.prostate_dx(c.rng, c.lang)) + " — " + t.lab(K.psa_text(K.psa_series(c.rng, c.lang), c.lang))
    return t.dx(K.bladder_dx(c.rng, c.lang)) + L(", anticoagulé : ", ", anticoagulated: ") + t.med(K.anticoag(c.rng, c.lang))


# ---------------------------------------------------------------------------
def p_quick(c):
    t, L = c.t, c.L
    a = c.staff(c.ch(["brisebois", "lariviere", "ferland", "rioux", "theriault"]))
    b = c.uro()
    p = patient(c, min_age=25, p_nam=0.25)
    ns = c.ch(["lower", "initial", "title_sur", "upper_comma", "lower_comma"])
    if p.nam and ns in ("initial", "title_sur"):
        ns = "lower"
    nm = t.name(p, ns)
    ref = ""
    if ns in ("title_sur", "initial") or c.chance(.5):
        ref = " " + c.ch(["#", "dossier ", "MRN ", "("]) + t.mrn(p, c.ch(["plain", "dash", "fullwidth", "space"]))
        ref += ")" if ref.startswith(" (") else ""
    if p.nam:
        ref += f", {t.dob(p, 'iso')} {t.sex(p)} {t.nam(p, c.ch(NAM_STYLES))}"
    room = f"{c.ch(['4B', '4C', 'urg.', 'ER'])}-{c.rng.randrange(1, 30)}"
    lines = c.ch([
        [L(f"peux-tu passer voir {nm}{ref} en {room}?", f"can you see {nm}{ref} in {room}?"), _clin_line(c, p),
         L("merci, je suis au bloc jusqu'à 15h", "thx, I'm in the OR till 3")],
        [L(f"FYI {nm}{ref} est {'revenu' if p.sex == 'M' else 'revenue'} à l'urgence cette nuit.", f"FYI {nm}{ref} came back to the ER overnight."), _clin_line(c, p),
         L("On garde ou on retourne à domicile?", "Admit or send home?")],
        [L(f"{nm}{ref} : ", f"{nm}{ref}: ") + _clin_line(c, p), L("ok pour devancer?", "ok to move up?")],
    ])
    text = "\n".join([c.ch(["", a.given + " ici. " if c.lang == "fr" else ""]) + lines[0]] + lines[1:] + ["", a.given[0]])
    subj = c.ch([room, L("vite fait", "quick one"), L("urgence", "ER"), L("q rapide", "quick q"), "?"])
    return spec(c, "note", L("note rapide entre collègues", "quick note between colleagues"), a.addr(), [b.addr()], subj, text,
                charset=c.ch([None, "us-ascii", None]), mailer=c.ch([None, "iPhone Mail (22B91)", None]))


# ---------------------------------------------------------------------------
def p_reply(c):
    t, L = c.t, c.L
    clerk = c.staff(c.ch(["haddad", "beaulieu", "picard"]))
    md = c.uro()
    p = patient(c, min_age=25, p_nam=0.5)
    ns = nstyle(c)
    when0 = c.earlier(1, 3)
    d1 = c.future(3, 20)
    orig_subj = c.ch([L("Question - date d'intervention", "Question - procedure date"), L("Report de RDV", "Rescheduling"),
                      L(f"RDV {p.name('upper_comma', c.lang)}", f"Appt {p.name('upper_comma', c.lang)}")])
    if p.name("upper_comma", c.lang) in orig_subj:
        t.name(p, "upper_comma")
    orig = "\n".join([c.hello(L(md.tfr + " " + md.surname, "Dr. " + md.surname)), "",
                      L(f"{t.name(p, ns)} demande si son intervention peut être devancée au {c.day(d1)}.",
                        f"{t.name(p, ns)} is asking whether the procedure can be moved up to {c.day(d1)}."),
                      idblock(c, p, oneline=True, name_style="upper_comma") if c.chance(.6) else
                      L("Dossier ", "Chart ") + t.mrn(p, c.ch(["plain", "dash", "prefix"])),
                      L("Encore de la douleur (", "Still having pain (") + t.dx(K.stone_dx(c.rng, c.lang)[0]) +
                      L(") et a consulté à l'urgence hier.", "), was seen in the ER yesterday."),
                      "", clerk.given])
    ans = c.ch([
        L("Oui ok. Par contre ", "Yes ok. But ") + t.med(K.hold_instr(c.rng, c.lang, K.anticoag(c.rng, c.lang))) + ".",
        L("Ok pour devancer. ", "Fine to move up. ") + L("Dernier TDM : ", "Last CT: ") + t.lab(K.ct_result(c.rng, c.lang)),
        L("Non, pas avant les résultats : ", "No, not before results: ") + t.lab(K.urine_culture(c.rng, c.lang)) + L(" -> traiter d'abord.", " -> treat first."),
    ])
    if c.chance(.4):
        ans = L(f"Pour {t.name(p, 'given')} : ", f"Re {t.name(p, 'given')}: ") + ans[0].lower() + ans[1:]
    if c.ch([0, 1]):
        quoted = quote_gt(c.lang, clerk.full(), when0, orig)
    else:
        quoted = quote_outlook(c.lang, addr_str(clerk), addr_str(md), when0, orig_subj, orig)
    text = "\n".join([ans, "", md.given if c.chance(.6) else md.titled(c.lang), "", quoted])
    pre = c.ch(["RE: ", "Re: ", "RÉF : " if c.lang == "fr" else "RE: "])
    mid = f"<orig.{c.idx}.{c.rng.randrange(10**6)}@hsv-sante.example>"
    return spec(c, "reply", L("réponse avec message cité sur une date d'intervention", "reply quoting a rescheduling question"),
                md.addr(), [clerk.addr()], pre + orig_subj, text, headers=[("In-Reply-To", mid), ("References", mid)],
                body=c.ch(["plain", "alt"]))


# ---------------------------------------------------------------------------
def _inner_clinical(c, p):
    t, L = c.t, c.L
    gp = _gp(c)
    md = c.uro()
    ident = idblock(c, p, oneline=c.chance(.4))
    body = "\n".join([L(f"Bonjour {md.tfr} {md.surname},", f"Dear Dr. {md.surname},"), "",
                      L("Petite question au sujet de " + ("notre patient commun" if p.sex == "M" else "notre patiente commune") + " :",
                        "Quick question about our shared patient:"), ident, "",
                      _clin_line(c, p), L("Avez-vous une date approximative pour la prise en charge ? " + ("Il" if p.sex == "M" else "Elle") +
                                          " appelle à la clinique chaque semaine.",
                                          "Do you have an approximate date? The patient calls our clinic every week."), "", gp.titled(c.lang)])
    subj = c.ch([L("Patient en attente", "Patient waiting"), L(f"Question - {p.name('comma', c.lang)}", f"Question - {p.name('comma', c.lang)}")])
    if p.name("comma", c.lang) in subj:
        t.name(p, "comma")
    return gp, md, subj, body


def p_fwd_eml(c):
    t, L = c.t, c.L
    p = patient(c, min_age=25, p_nam=0.5)
    gp, md, isubj, ibody = _inner_clinical(c, p)
    clerk = c.staff(c.ch(["beaulieu", "haddad", "arsenault"]))
    iwhen = c.earlier(1, 6)
    ispec = {"lang": c.lang, "frm": gp.addr(), "to": [md.addr()], "subject": isubj, "text": ibody}
    inner = build_message(ispec, c.rng, c.idx * 100 + 1, iwhen, f"<inner.{c.idx}.{c.rng.randrange(10**8)}@{gp.email.split('@')[1]}>")
    text = "\n".join([c.hello(clerk.given), "",
                      c.ch([L("Voir le courriel ci-joint, peux-tu vérifier la liste d'attente et répondre au médecin?",
                              "See attached e-mail, can you check the wait list and answer the GP?"),
                            L("À traiter svp (courriel joint).", "Please handle (e-mail attached)."),
                            L("Pour ton suivi.", "For your follow-up.")]), "", md.given])
    fn = c.ch([isubj + ".eml", "message.eml", L("courriel transféré.eml", "forwarded message.eml")])
    return spec(c, "forward", L("courriel clinique joint en pièce attachée", "clinical e-mail attached as message"), md.addr(),
                [clerk.addr()], c.ch(["TR: " + isubj if c.lang == "fr" else "FW: " + isubj, L("À traiter", "To handle")]),
                text, atts=[Att(fn, inner, "message/rfc822", fname_style=c.ch(["plain", "2231"]))])


def p_inline_fwd(c):
    t, L = c.t, c.L
    p = patient(c, min_age=25, p_nam=0.5)
    gp, md, isubj, ibody = _inner_clinical(c, p)
    nurse = c.staff(c.ch(["ferland", "champagne", "desrochers"]))
    iwhen = c.earlier(1, 4)
    top = c.ch([L("Peux-tu t'en occuper?", "Can you take care of this?"), L("FYI", "FYI"), L("Voir plus bas.", "See below.")])
    text = "\n".join([top, "", md.given, "", fwd_block(c.lang, addr_str(gp), addr_str(md), iwhen, isubj, ibody)])
    return spec(c, "forward", L("transfert en ligne d'une question clinique", "inline forward of a clinical question"), md.addr(),
                [nurse.addr()], ("TR: " if c.lang == "fr" else "Fwd: ") + isubj, text, body=c.ch(["plain", "alt"]))


# ---------------------------------------------------------------------------
def p_insurer(c):
    t, L = c.t, c.L
    sec = c.staff("arsenault")
    cm = c.staff("voisine")
    md = c.uro()
    p = patient(c, min_age=25, max_age=64, p_nam=0.5)
    p.sin = make_sin(c.rng)
    op = c.past(10, 40)
    dx = K.stone_dx(c.rng, c.lang)[0] if c.chance(.5) else K.bladder_dx(c.rng, c.lang)
    claim = f"{c.rng.randrange(10000, 99999)}-{c.ch('ABCDK')}"
    rows = id_rows(c, p) + [(L("NAS", "SIN"), t.sin(p, c.ch(["space", "hyphen", "plain", "dot"]))),
                            (L("No de réclamation", "Claim no."), claim),
                            (L("Diagnostic", "Diagnosis"), t.dx(dx)),
                            (L("Intervention", "Procedure"), L("urétéroscopie le ", "ureteroscopy on ") + fmt_date(op, "iso", c.lang)),
                            (L("Médication", "Medication"), t.med(K.stone_meds(c.rng, c.lang))),
                            (L("Arrêt de travail", "Off work"), L(f"du {fmt_date(op, 'iso', 'fr')} pour 4 semaines", f"from {fmt_date(op, 'iso', 'en')} for 4 weeks")),
                            (L("Retour progressif prévu", "Graduated return"), L("oui, 50 % x 2 semaines", "yes, 50% x 2 weeks"))]
    title = L("Déclaration du médecin traitant - invalidité de courte durée", "Attending physician statement - short-term disability")
    if c.chance(.5):
        data = make_pdf(title, [f"{k} : {v}" if c.lang == "fr" else f"{k}: {v}" for k, v in rows] + ["", L("Signature : ", "Signature: ") + md.titled(c.lang)],
                        author=sec.full())
        att = Att(L(f"Declaration_medecin_{claim}.pdf", f"APS_{claim}.pdf"), data, "application/pdf")
    else:
        data = make_docx(title, [L("Partie B - à remplir par le médecin", "Part B - completed by physician")],
                         table=[[k, v] for k, v in rows], author=sec.full())
        att = Att(L(f"Formulaire_invalidité_{fname_tok(c, p)}.docx", f"Disability_form_{fname_tok(c, p)}.docx"), data, DOCX,
                  fname_style=c.ch(["plain", "2231", "2231_iso"]))
    body_id = ""
    if c.chance(.4):
        body_id = L(f"\n{'Assuré' if p.sex == 'M' else 'Assurée'} : {t.name(p, 'upper_comma')} — NAS {t.sin(p, c.ch(['space', 'fullwidth']))}",
                    f"\nInsured: {t.name(p, 'upper_comma')} - SIN {t.sin(p, c.ch(['space', 'fullwidth']))}")
    text = "\n".join([c.hello(cm.given if c.chance(.4) else None), "",
                      L(f"Veuillez trouver ci-joint le formulaire complété par {md.titled('fr')} pour la réclamation {claim}.",
                        f"Please find attached the form completed by {md.titled('en')} for claim {claim}.") + body_id,
                      L("Des frais de 40 $ s'appliquent; facture à suivre.", "A $40 fee applies; invoice to follow."), "", c.sig(sec)])
    return spec(c, "insurer_form", L("formulaire d'invalidité à l'assureur", "disability form to insurer"), sec.addr(), [cm.addr()],
                L(f"Réclamation {claim} - formulaire médical", f"Claim {claim} - medical form"), text, atts=[att])


# ---------------------------------------------------------------------------
def p_ontario(c):
    t, L = c.t, c.L
    gp = c.staff("oneill")
    p = c.pool.invented(min_age=25, max_age=85, origin="on")
    ident = idblock(c, p, oneline=c.chance(.4), dob=True)
    k = c.rng.randrange(2)
    if k == 0:
        dx, mm = K.stone_dx(c.rng, c.lang)
        clin = [L("Motif : ", "Reason: ") + t.dx(dx), t.lab(K.ct_result(c.rng, c.lang, mm)),
                L("Rx : ", "Meds: ") + t.med(K.stone_meds(c.rng, c.lang))]
    else:
        clin = [L("Motif : ", "Reason: ") + t.dx(K.bladder_dx(c.rng, c.lang)), t.lab(K.basic_labs(c.rng, c.lang))]
    addr = L("Adresse : ", "Home address: ") + t.addr(p) if c.chance(.5) else ""
    text = "\n".join([L("Bonjour,", "Hello,"), "",
                      L(("Mon patient habite" if p.sex == "M" else "Ma patiente habite") + " du côté ontarien mais travaille à Val-des-Ormes et préfère être " +
                        ("suivi" if p.sex == "M" else "suivie") + " chez vous.",
                        "My patient lives on the Ontario side but works in Val-des-Ormes and prefers to be seen at your centre."), "",
                      ident] + ([addr] if addr else []) + clin +
                     ["", L("Merci de confirmer la réception.", "Please confirm receipt."), "", gp.titled(c.lang), EXT["ottawa"][0],
                      "Tel 613 555-0170 | Fax 613 555-0171"])
    subj = c.ch([L("Référence - patient de l'Ontario", "Referral - Ontario patient"), L("Consultation urologie", "Urology consultation"),
                 L("Référence : ", "Referral: ") + t.name(p, "upper_comma")])
    return spec(c, "referral_on", L("référence d'un patient ontarien", "referral of an Ontario patient"), gp.addr(),
                [_clinic_inbox(c, "uro")], subj, text, body=c.ch(["plain", "alt"]))


# ---------------------------------------------------------------------------
_FOREIGN = [0]


def p_foreign(c):
    t, L = c.t, c.L
    _FOREIGN[0] += 1
    origin = "be" if _FOREIGN[0] % 2 else "fr"
    p = c.pool.invented(min_age=25, max_age=80, origin=origin)
    sec = c.staff(c.ch(["arsenault", "haddad"]))
    ins = EXT["be" if origin == "be" else "fr"]
    contact = Person("ins", "Mme", "Ms.", "Service", "remboursements", "", "")
    contact.email = "remboursements@" + ins[1]
    dx, mm = K.stone_dx(c.rng, c.lang)
    seen = c.past(3, 30)
    ident = idblock(c, p, oneline=False, dob=True, mrn=c.chance(.6))
    lines = [ident, L("Adresse de résidence : ", "Home address: ") + t.addr(p) if c.chance(.5) else "",
             L("Consultation à l'urgence le ", "Seen in the ER on ") + fmt_date(seen, "long", c.lang),
             L("Diagnostic : ", "Diagnosis: ") + t.dx(dx),
             L("Traitement : ", "Treatment: ") + c.ch([L("lithotripsie extracorporelle", "ESWL"), L("urétéroscopie et tuteur JJ", "ureteroscopy and JJ stent")]),
             L("Médication remise : ", "Medication given: ") + t.med(K.stone_meds(c.rng, c.lang))]
    lines = [x for x in lines if x]
    atts = []
    if c.chance(.5):
        tot = c.rng.randrange(1800, 6400)
        inv = make_pdf(L("Facture - patient non résident", "Invoice - non-resident patient"),
                       [x for x in lines if all(ord(ch) < 256 for ch in x)] + ["", L(f"Montant total : {tot},00 $ CAD", f"Total: CAD {tot}.00")], author=sec.full())
        atts.append(Att(L("facture_non_resident.pdf", "non_resident_invoice.pdf"), inv, "application/pdf"))
    text = "\n".join([L("Madame, Monsieur,", "Dear Sir or Madam,"), "",
                      L(("Votre affilié" if p.sex == "M" else "Votre affiliée") + f" a reçu des soins à l'{ORG_FR} (Québec, Canada). Voici les renseignements demandés pour le remboursement :",
                        "Your member received care at Sainte-Vérène Hospital (Quebec, Canada). Here is the information requested for reimbursement:"), ""] +
                     lines + ["", L("Veuillez agréer nos salutations distinguées.", "Kind regards,"), c.sig(sec)])
    subj = L("Demande de remboursement - soins reçus au Québec", "Reimbursement request - care received in Quebec")
    return spec(c, "foreign_patient", L("dossier de remboursement pour patient étranger", "reimbursement file for a foreign patient"),
                sec.addr(), [contact.addr()], subj, text, atts=atts)


# ---------------------------------------------------------------------------
def p_social(c):
    t, L = c.t, c.L
    sw = c.staff("charbonneau_s")
    k = c.rng.randrange(3)
    if k == 0:
        p = c.pool.nam_patient(min_age=3, max_age=15) or patient(c, min_age=18, p_nam=0.0)
        to = Person("dpj", "Mme", "Ms.", "Élodie", "Fréchette", "intervenante", "caseworker")
        to.email = "elodie.frechette@" + EXT["dpj"][1]
        if p.age() < 18:
            soc = t.soc(K.social(c.rng, c.lang, 5))
            dx = t.dx(K.peds_dx(c.rng, c.lang, p.sex))
        else:
            to = c.staff("hamel")
            soc = t.soc(K.social(c.rng, c.lang, 4))
            dx = t.dx(K.incont_dx(c.rng, c.lang))
    else:
        p = patient(c, min_age=30, p_nam=0.5)
        to = c.staff("hamel")
        soc = t.soc(K.social(c.rng, c.lang, c.ch([1, 2, 4])))
        dx = t.dx(c.ch([K.retention_dx(c.rng, c.lang), K.incont_dx(c.rng, c.lang)]))
    ident = idblock(c, p, oneline=c.chance(.5))
    when = c.future(2, 20)
    text = "\n".join([c.hello(to.given), "",
                      L("Suite à notre conversation téléphonique, voici les informations :", "Following our phone call, here is the information:"), "",
                      ident, L("Suivi en urologie pour : ", "Followed in urology for: ") + dx,
                      L("Situation : ", "Situation: ") + soc,
                      L(f"Prochain RDV : {c.day(when)}. ", f"Next appointment: {c.day(when)}. ") +
                      L("Merci de ne pas communiquer avec le domicile.", "Please do not contact the home number."),
                      "", c.sig(sw)])
    subj = c.ch([L("Suivi psychosocial - confidentiel", "Psychosocial follow-up - confidential"), L("Suite à notre appel", "Following our call"),
                 L("Collaboration", "Collaboration")])
    return spec(c, "social", L("échange de la travailleuse sociale sur une situation sociale", "social worker exchange about a patient's situation"),
                sw.addr(), [to.addr()], subj, text, body=c.ch(["plain", "alt", "html"]))


# ---------------------------------------------------------------------------
def p_vcard(c):
    t, L = c.t, c.L
    clerk = c.staff(c.ch(["haddad", "beaulieu"]))
    nurse = c.staff(c.ch(["rioux", "theriault", "nguyen"]))
    p = patient(c, min_age=30, p_nam=0.0)
    fn_tok = fname_tok(c, p, c.ch(["sur_given", "accent"]))
    vc = make_vcf(p.given, p.surname, tel=[("HOME", t.phone(p)), ("CELL", p.phone.replace("555-01", "555-01")[:-2] + f"{(int(p.phone[-2:]) + 7) % 50 + 50:02d}")],
                  adr=t.addr(p), bday=t.dob(p, "iso") if c.chance(.6) else None,
                  note=L("Patient urologie - ", "Urology patient - ") + t.dx(c.ch([K.bladder_dx(c.rng, c.lang), K.retention_dx(c.rng, c.lang)])))
    text = "\n".join([c.hello(nurse.given), "",
                      L("Voici la fiche contact mise à jour (" + ("il a déménagé). Il faut le" if p.sex == "M" else "elle a déménagé). Il faut la") +
                        " rappeler pour la cysto de contrôle.",
                        "Here is the updated contact card (moved recently). Needs a call back for the follow-up cysto."),
                      "", clerk.given])
    return spec(c, "contact", L("fiche vCard d'un patient pour rappel", "patient vCard for call back"), clerk.addr(), [nurse.addr()],
                L("Nouvelles coordonnées", "Updated contact info"), text,
                atts=[Att(f"{fn_tok}.vcf", vc, "text/vcard", fname_style=c.ch(["plain", "2231"]))])


# ---------------------------------------------------------------------------
def p_zip(c):
    t, L = c.t, c.L
    nav = c.staff("champagne")
    md = c.uro()
    pts = [patient(c, sex="M", min_age=50, max_age=85, p_nam=0.3) for _ in range(c.rng.randrange(2, 4))]
    members = []
    rows = [[L("nom", "name"), L("dossier", "chart"), "PSA", "Gleason", L("stade", "stage")]]
    for p in pts:
        path = t.lab(K.pathology(c.rng, c.lang))
        t.dx("prostate adenocarcinoma")
        lines = [f"{k} : {v}" if c.lang == "fr" else f"{k}: {v}" for k, v in id_rows(c, p)] + ["", path]
        members.append((f"patho_{fname_tok(c, p, 'sur_init')}.pdf", make_pdf(L("Rapport de pathologie", "Pathology report"), lines)))
        rows.append([t.name(p, "upper_comma"), t.mrn(p), t.lab(f"{c.rng.uniform(4, 20):.1f}"), c.ch(["3+4", "4+3", "4+4"]), c.ch(["cT1c", "cT2a", "cT2b"])])
    members.append(("sommaire.csv" if c.lang == "fr" else "summary.csv", make_csv(rows).encode("utf-8")))
    data = make_zip(members)
    text = "\n".join([c.hello(md.given), "", L("Dossiers pour le comité des tumeurs de lundi (zip).", "Files for Monday's tumour board (zip)."), "", nav.given])
    return spec(c, "results", L("archive ZIP de rapports pour le comité des tumeurs", "ZIP of pathology reports for tumour board"),
                nav.addr(), [md.addr()], L("Comité des tumeurs - dossiers", "Tumour board - files"), text,
                atts=[Att(L("comite_tumeurs.zip", "tumour_board.zip"), data, "application/zip")])


# ---------------------------------------------------------------------------
def p_waitlist(c):
    t, L = c.t, c.L
    off = c.staff("beaulieu")
    mgr = c.staff(c.ch(["stonge", "chartrand"]))
    rows = [[L("Nom", "Name"), L("DDN", "DOB"), L("Sexe", "Sex"), "NAM" if c.lang == "fr" else "RAMQ", L("Intervention", "Procedure"),
             L("Diagnostic", "Diagnosis"), L("Priorité", "Priority"), L("Inscrit le", "Listed on")]]
    for _ in range(c.rng.randrange(4, 8)):
        p = patient(c, min_age=30, p_nam=0.7)
        if c.chance(.55):
            proc, dx = c.ch(["URS", "NLPC" if c.lang == "fr" else "PCNL", L("LEC", "ESWL")]), t.dx(K.stone_dx(c.rng, c.lang)[0])
        elif p.sex == "M" and c.chance(.4):
            proc, dx = L("RTUP", "TURP"), t.dx(L("HBP avec rétention, sonde à demeure", "BPH with retention, indwelling catheter"))
        else:
            proc, dx = c.ch([L("RTUV", "TURBT"), L("cysto souple", "flexible cysto")]), t.dx(K.bladder_dx(c.rng, c.lang))
        rows.append([t.name(p, "upper_comma"), t.dob(p, "iso"), t.sex(p), t.nam(p, c.ch(PDF_SAFE_NAM)) if p.nam else "",
                     proc, dx, c.ch(["P2", "P3", "P4"]), fmt_date(c.past(100, 400), "iso", c.lang)])
        if not p.nam:
            rows[-1][3] = "— dossier " + t.mrn(p) if c.lang == "fr" else "- chart " + t.mrn(p)
    kind = c.ch(["xlsx", "csv"])
    if kind == "xlsx":
        att = Att(L("liste_attente_hors_delai.xlsx", "waitlist_over_target.xlsx"), make_xlsx([(L("Hors délai", "Over target"), rows)], author=off.full()), XLSX)
    else:
        att = Att(L("liste_attente.csv", "waitlist.csv"), make_csv(rows, ";"), "text/csv", charset=c.ch(["utf-8", "windows-1252"]),
                  cte=c.ch(["base64", "quoted-printable", "8bit"]))
    text = "\n".join([c.hello(mgr.given), "",
                      L("Ci-joint la liste des patients hors délai (> 6 mois) pour la rencontre de jeudi.",
                        "Attached is the list of patients past target (> 6 months) for Thursday's meeting."), "", c.sig(off)])
    return spec(c, "waitlist", L("liste d'attente chirurgicale nominative", "named surgical wait list"), off.addr(), [mgr.addr()],
                L("Liste d'attente hors délai", "Wait list over target"), text, atts=[att])


# ---------------------------------------------------------------------------
def p_patient_mail(c):
    t, L = c.t, c.L
    nurse = c.staff(c.ch(["nguyen", "rioux", "ferland"]))
    p = patient(c, min_age=25, p_nam=0.3)
    when = c.future(5, 30)
    local = fold(p.given)[0] + fold(p.surname).replace(" ", "").replace("'", "") + str(p.dob.year % 100)
    to = (p.given + " " + p.surname, local + "@" + c.ch(["courriel.example", "videotron-mail.example", "mail.example"]))
    t.name(p, "full")
    nm = t.name(p, c.ch(["title_sur", "title_full"]))
    k = c.rng.randrange(3)
    if k == 0 and p.sex != "M":
        k = 1
    if k == 0:
        proc = L("votre biopsie de prostate", "your prostate biopsy")
        prep = t.med(L("Prenez 2 comprimés de ciprofloxacine 500 mg 1 h avant.", "Take ciprofloxacin 500 mg, 2 tablets, 1 h before."))
        t.dx(L("APS élevé", "elevated PSA"))
        dxl = L("Tel que discuté, votre APS élevé justifie cet examen.", "As discussed, your elevated PSA warrants this test.")
    elif k == 1:
        proc = L("votre cystoscopie de contrôle", "your follow-up cystoscopy")
        prep = cap1(t.med(K.hold_instr(c.rng, c.lang, K.anticoag(c.rng, c.lang)))) + "."
        dxl = t.dx(L("Surveillance de votre tumeur de vessie.", "Surveillance of your bladder tumour."))
    else:
        proc = L("votre lithotripsie", "your lithotripsy")
        prep = L("Soyez à jeun depuis minuit. ", "Nothing to eat after midnight. ") + t.med(L("Continuez la tamsulosine.", "Keep taking tamsulosin."))
        dxl = t.dx(L("Pour votre calcul rénal de 9 mm.", "For your 9 mm kidney stone."))
    text = "\n".join([L(f"Bonjour {nm},", f"Dear {nm},"), "",
                      L(f"Nous vous confirmons {proc} le {c.day(when)} à {c.hour()}.", f"This confirms {proc} on {c.day(when)} at {c.hour()}."),
                      dxl, prep, L("Apportez votre carte d'assurance maladie.", "Please bring your health card."), "",
                      L("Pour annuler : 450 555-0127 (ne pas répondre à ce courriel).", "To cancel: 450 555-0127 (do not reply to this e-mail)."), "",
                      c.sig(nurse, "biopsy")])
    return spec(c, "patient_mail", L("confirmation de rendez-vous envoyée au patient", "appointment confirmation sent to patient"),
                nurse.addr(), [to], L("Confirmation de rendez-vous - urologie", "Appointment confirmation - urology"), text,
                body=c.ch(["html", "alt", "plain"]))


# ---------------------------------------------------------------------------
def p_subject_only(c):
    t, L = c.t, c.L
    a = c.uro()
    b = c.staff(c.ch(["rioux", "ferland", "picard"]))
    p = patient(c, min_age=25, p_nam=0.0)
    nm = t.name(p, c.ch(["upper_comma", "comma", "lower_comma", "upper_given"]))
    k = c.rng.randrange(3)
    if k == 0:
        subj = L(f"{nm} - retrait JJ ?", f"{nm} - JJ removal?")
        body = L("Tuteur en place depuis 5 sem. ", "Stent in since 5 wks. ") + t.lab(L("Créat 96, culture nég.", "Creat 96, culture neg.")) + \
            L(" Ok pour retrait en cysto jeudi ?", " Ok for removal at cysto Thursday?")
        t.dx("stent")
    elif k == 1:
        subj = f"{nm} {c.ch(['#', 'MRN '])}{t.mrn(p, 'plain')}"
        body = t.dx(K.bladder_dx(c.rng, c.lang)) + ". " + L("Ajouter à la liste RTUV svp.", "Please add to the TURBT list.")
    else:
        subj = L(f"Re: {nm}", f"Re: {nm}")
        body = L("Je lui ai represcrit ", "Renewed ") + t.med(K.bladder_meds(c.rng, c.lang)) + L(" pour ", " for ") + t.dx(K.incont_dx(c.rng, c.lang)) + "."
    text = "\n".join([body, "", a.given])
    return spec(c, "note", L("nom du patient seulement dans l'objet", "patient named only in the subject"), a.addr(), [b.addr()], subj, text)
