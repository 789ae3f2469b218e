"""Positive templates, part B: prostate biopsy, pathology, PSA follow-up, cystoscopy lists,
catheter and continence nursing, vasectomy clinic, ward census."""
import datetime

import gen_clinical as K
from gen_attach import make_csv, make_ics, make_xlsx
from gen_common import NAM_STYLES, cap1, dec, fmt_date, make_sin
from gen_mime import Att, html_table, text_to_html
from gen_pos_a import _clinic_inbox, _gp
from gen_ptools import PDF_SAFE_NAM, fname_tok, idblock, nstyle, patient, spec

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------------------
def p_biopsy_booking(c):
    t, L = c.t, c.L
    md = c.uro()
    nurse = c.staff("nguyen")
    p = patient(c, sex="M", min_age=45, max_age=85, p_nam=0.6)
    when = c.future(7, 35)
    vals = K.psa_series(c.rng, c.lang)
    tp = c.chance(.6)
    route = L("transpérinéale sous anesthésie locale", "transperineal under local anaesthesia") if tp else \
        L("transrectale échoguidée", "TRUS-guided transrectal")
    ac = K.anticoag(c.rng, c.lang)
    lines = [idblock(c, p, oneline=c.chance(.3)), "",
             L("Indication : ", "Indication: ") + t.dx(L("APS en hausse", "rising PSA")) + " — " + t.lab(K.psa_text(vals, c.lang)),
             t.lab(K.mri_result(c.rng, c.lang)),
             L("Biopsie ", "Biopsy: ") + route + L(", 12 carottes + 3 ciblées", ", 12 cores + 3 targeted"),
             L("Anticoagulant : ", "Anticoagulant: ") + t.med(ac) + " — " + K.hold_instr(c.rng, c.lang, L("l'anticoagulant", "it")),
             L("Prophylaxie : ", "Prophylaxis: ") + t.med(L("céfazoline 2 g IV", "cefazolin 2 g IV") if tp else L("ciprofloxacine 500 mg PO 1 h avant", "ciprofloxacin 500 mg PO 1 h before")),
             L("Date proposée : ", "Proposed date: ") + c.day(when)]
    if c.chance(.4):
        lines.append(L("Joindre au ", "Best number: ") + t.phone(p) + L(" (cellulaire, laisser message)", " (cell, ok to leave message)"))
    text = "\n".join([c.hello(nurse.given), "", L("Nouvelle demande de biopsie :", "New biopsy request:"), ""] + lines + ["", c.thanks(), c.sig(md, "biopsy")])
    atts = []
    if c.chance(.35):
        st = datetime.datetime(when.year, when.month, when.day, 13, 0)
        summ = L("Biopsie prostate - ", "Prostate biopsy - ") + t.name(p, c.ch(["upper_comma", "full"]))
        atts.append(Att("rdv.ics", make_ics(f"bx-{c.idx}@hsv-sante.example", st, st + datetime.timedelta(minutes=45), summ,
                                             L("Clinique de biopsie, local 2.114", "Biopsy clinic, room 2.114"), "",
                                             organizer=(nurse.full(), nurse.email)), "text/calendar", fname_style="plain"))
    subj = c.ch([L("Biopsie prostatique à planifier", "Prostate biopsy to book"), L("Bx prostate", "Prostate bx"),
                 L("Demande biopsie - PI-RADS", "Biopsy request - PI-RADS")])
    return spec(c, "biopsy", L("demande de biopsie prostatique", "prostate biopsy booking"), md.addr(), [nurse.addr()],
                subj, text, atts=atts, cc=[_clinic_inbox(c, "biopsy")] if c.chance(.3) else None)


# ---------------------------------------------------------------------------
def p_pathology(c):
    t, L = c.t, c.L
    nav = c.staff("champagne")
    md = c.uro()
    p = patient(c, sex="M", min_age=50, max_age=85, p_nam=0.5)
    ns = c.ch(["full", "title_full", "upper_comma", "lower", "initial"])
    nm = t.name(p, ns)
    path = t.lab(K.pathology(c.rng, c.lang))
    t.dx("adenocarcinoma")
    ref = t.mrn(p, c.ch(["plain", "prefix", "dash", "fullwidth"]))
    text = "\n".join([c.hello(md.given if c.chance(.5) else None), "",
                      L(f"La patho de {nm} ({ref}) est sortie :", f"Pathology for {nm} ({ref}) is back:"), "", path, "",
                      L("Je lui ai donné un RDV d'annonce le ", "I booked him for a results visit on ") + c.day(c.future(3, 12)) +
                      L(". Sa conjointe sera présente. Je prépare le dépliant surveillance active vs traitement.",
                        ". His wife will attend. I'll prepare the active surveillance vs treatment handout."),
                      "", nav.given, nav.role(c.lang)])
    subj = c.ch([L("Patho biopsie", "Biopsy path"), L("Résultat patho - annonce", "Path result - disclosure visit"),
                 L(f"Patho {p.surname}", f"Path {p.surname}")])
    return spec(c, "pathology", L("résultat de pathologie prostatique", "prostate pathology result"), nav.addr(), [md.addr()],
                subj, text, body=c.ch(["plain", "alt", "html"]))


# ---------------------------------------------------------------------------
def p_psa(c):
    t, L = c.t, c.L
    nurse = c.staff(c.ch(["champagne", "nguyen"]))
    md = c.uro()
    k = c.rng.randrange(3)
    if k < 2:
        p = patient(c, sex="M", min_age=50, max_age=88, p_nam=0.55)
        vals = K.psa_series(c.rng, c.lang)
        dx = t.dx(c.ch([L("cancer de la prostate traité par radiothérapie 2019", "prostate cancer, radiotherapy 2019"),
                        L("surveillance active GG1", "active surveillance GG1"),
                        L("post-prostatectomie radicale 2021", "post radical prostatectomy 2021")]))
        ident = idblock(c, p, oneline=True)
        atts = []
        if k == 1:
            dates = [c.when.date() - datetime.timedelta(days=182 * i) for i in range(len(vals))][::-1]
            rows = [["date", "PSA (ng/mL)", L("testostérone (nmol/L)", "testosterone (nmol/L)")]]
            rows += [[fmt_date(d, "iso", c.lang), dec(c.lang, v), dec(c.lang, c.rng.uniform(8, 18))] for d, v in zip(dates, vals)]
            t.lab("psa table")
            atts.append(Att(f"PSA_{fname_tok(c, p, 'sur_given')}.csv", make_csv(rows, ";" if c.lang == "fr" else ","), "text/csv",
                            fname_style=c.ch(["plain", "2231"])))
            core = L("Courbe d'APS en pièce jointe (dernier : ", "PSA trend attached (latest: ") + t.lab(dec(c.lang, vals[-1]) + " ng/mL") + ")."
        else:
            core = t.lab(K.psa_text(vals, c.lang))
        text = "\n".join([c.hello(md.given), "", ident, dx, core, "",
                          L("Temps de doublement estimé < 12 mois. Devancer le RDV ? ", "Doubling time < 12 months. Move up the visit? ") +
                          L("Il prend toujours ", "He is still on ") + t.med(K.prostate_meds(c.rng, c.lang)) + ".", "", nurse.given])
        subj = c.ch([L("APS de contrôle", "Follow-up PSA"), L("Suivi APS", "PSA follow-up"), "PSA ↑"])
        return spec(c, "psa", L("suivi d'APS au médecin traitant", "PSA follow-up to urologist"), nurse.addr(), [md.addr()], subj, text, atts=atts)
    # letter to GP with a small roster of PSA recalls
    gp = _gp(c)
    pts = [patient(c, sex="M", min_age=55, max_age=85, p_nam=0.3) for _ in range(c.rng.randrange(2, 4))]
    rows = [[L("Patient", "Patient"), L("DDN", "DOB"), L("Dossier", "Chart"), L("Dernier APS", "Last PSA"), L("À faire", "To do")]]
    for p in pts:
        rows.append([t.name(p, "upper_comma"), t.dob(p, "iso"), t.mrn(p), t.lab(dec(c.lang, c.rng.uniform(0.05, 9.5), 2)),
                     c.ch([L("APS dans 3 mois", "PSA in 3 months"), L("APS + testo dans 6 mois", "PSA + testo in 6 months")])])
        if p.nam:
            rows[-1][0] += f" ({t.sex(p)}, NAM {t.nam(p, c.ch(NAM_STYLES))})"
    t.dx(L("cancer de la prostate", "prostate cancer"))
    intro = L("Voici les patients suivis pour cancer de la prostate dont le prochain APS sera fait à votre GMF :",
              "These prostate cancer patients will have their next PSA drawn at your clinic:")
    text = "\n".join([L(f"Bonjour {gp.titled('fr')},", f"Dear {gp.titled('en')},"), "", intro, ""] +
                     ["  ".join(r) for r in rows] + ["", c.sig(nurse)])
    html = text_to_html("\n".join([L(f"Bonjour {gp.titled('fr')},", f"Dear {gp.titled('en')},"), "", intro]), 1).replace(
        "</div></body>", html_table(rows) + "<p>" + nurse.full() + "</p></div></body>")
    return spec(c, "psa", L("liste de rappels d'APS au GMF", "PSA recall list to family practice"), nurse.addr(), [gp.addr()],
                L("Rappels APS - patients partagés", "PSA recalls - shared patients"), text, html=html, body=c.ch(["alt", "html"]))


# ---------------------------------------------------------------------------
def p_cysto_list(c):
    t, L = c.t, c.L
    nurse = c.staff("rioux")
    md = c.uro()
    day = c.future(1, 6)
    n = c.rng.randrange(5, 9)
    rows = [[L("Heure", "Time"), L("Patient", "Patient"), L("Dossier", "Chart"), L("Indication", "Indication"), L("Note", "Note")]]
    h = 8 * 60
    nam_used = False
    for i in range(n):
        p = patient(c, min_age=30, p_nam=0.25 if not nam_used else 0.1)
        ind = t.dx(c.ch([K.bladder_dx(c.rng, c.lang), L("retrait tuteur JJ", "JJ stent removal"), L("hématurie micro", "microhematuria")]))
        note = c.ch(["", "", L("sous Eliquis", "on Eliquis"), L("ATCD ITU - culture avant", "hx UTI - culture first"), L("interprète arabe", "Arabic interpreter")])
        if "Eliquis" in note:
            t.med("Eliquis")
        nm = t.name(p, c.ch(["upper_comma", "comma", "upper_given"]))
        if p.nam:
            nam_used = True
            nm += f" ({t.dob(p, 'iso')}, {t.sex(p)}, {t.nam(p, c.ch(PDF_SAFE_NAM))})"
        rows.append([f"{h // 60:02d}:{h % 60:02d}", nm, t.mrn(p, c.ch(["plain", "dash", "zero"])), ind, note])
        h += c.ch([15, 20, 20, 30])
    title = L(f"Liste de cystoscopie - {fmt_date(day, 'long', 'fr')} - {md.titled('fr')}",
              f"Cystoscopy list - {fmt_date(day, 'long', 'en')} - {md.titled('en')}")
    if c.chance(.5):
        data = make_xlsx([(L("Cysto", "Cysto"), rows)], author=nurse.full())
        fn = L(f"liste_cysto_{fmt_date(day, 'iso', 'fr')}.xlsx", f"cysto_list_{fmt_date(day, 'iso', 'en')}.xlsx")
        text = "\n".join([c.hello(), "", L("Liste finale en pièce jointe. Deux ajouts en fin de journée.", "Final list attached. Two add-ons at the end of the day."),
                          "", c.sig(nurse, "cysto")])
        return spec(c, "cysto_list", L("liste de cystoscopie en chiffrier", "cystoscopy list spreadsheet"), nurse.addr(),
                    [md.addr(), c.staff("haddad").addr()], title, text, atts=[Att(fn, data, XLSX, fname_style=c.ch(["plain", "2231"]))])
    intro = L("Voici la liste pour ", "Here is the list for ") + c.day(day) + " :" if c.lang == "fr" else "Here is the list for " + c.day(day) + ":"
    text = "\n".join([c.hello(), "", intro, ""] + [" | ".join(r) for r in rows] + ["", c.sig(nurse, "cysto")])
    html = ("<html><head><meta charset=\"__CS__\"></head><body><p>" + intro + "</p>\n" + html_table(rows) +
            "\n<p>" + nurse.full() + "<br>" + nurse.role(c.lang) + "</p></body></html>\n")
    return spec(c, "cysto_list", L("liste de cystoscopie du jour", "daily cystoscopy list"), nurse.addr(),
                [md.addr(), c.staff("haddad").addr()], title, text, html=html, body=c.ch(["alt", "html", "plain"]))


# ---------------------------------------------------------------------------
def p_catheter(c):
    t, L = c.t, c.L
    nurse = c.staff("theriault")
    clsc = c.staff("hamel")
    p = patient(c, min_age=55, p_nam=0.6)
    nm = t.name(p, c.ch(["title_full", "full", "upper_comma", "lower"]))
    dx = t.dx(K.retention_dx(c.rng, c.lang))
    soc = t.soc(K.social(c.rng, c.lang, c.ch([0, 1, 3])))
    lines = [idblock(c, p, oneline=True, name_style="upper_comma", mrn=c.chance(.5)) if c.chance(.5) else nm,
             L("Adresse : ", "Address: ") + t.addr(p), L("Tél. domicile : ", "Home phone: ") + t.phone(p), "",
             L("Dx : ", "Dx: ") + dx,
             L("Sonde : ", "Catheter: ") + c.ch([L("Foley 16 Fr silicone, ballonnet 10 mL", "16 Fr silicone Foley, 10 mL balloon"),
                                                  L("sus-pubien 18 Fr", "18 Fr suprapubic")]),
             L("Changement aux 4 semaines; dernier changement le ", "Change every 4 weeks; last change ") + c.dshort(c.past(5, 25)),
             L("Irrigations : ", "Irrigation: ") + t.med(L("NaCl 0,9 % 60 mL PRN si blocage", "NS 0.9% 60 mL PRN if blocked")),
             L("Social : ", "Social: ") + soc]
    text = "\n".join([c.hello(clsc.given), "",
                      L("Je te transfère le suivi à domicile pour :", "Handing over home follow-up for:"), ""] + lines +
                     ["", L("Matériel remis pour 2 changements. Appelle-moi si hématurie ou fièvre.", "Supplies given for 2 changes. Call me if hematuria or fever."),
                      "", c.sig(nurse)])
    subj = c.ch([L("Suivi sonde à domicile", "Home catheter follow-up"), L("Transfert CLSC - sonde", "CLSC handover - catheter"),
                 L(f"Sonde - {p.name('lower', 'fr')}", f"Catheter - {p.name('lower', 'en')}")])
    if p.name("lower", c.lang) in subj:
        t.name(p, "lower")
    return spec(c, "catheter", L("transfert de suivi de sonde au CLSC", "catheter care handover to CLSC"), nurse.addr(), [clsc.addr()], subj, text,
                body=c.ch(["plain", "plain", "alt"]))


# ---------------------------------------------------------------------------
def p_continence(c):
    t, L = c.t, c.L
    nurse = c.staff("desrochers")
    sw = c.staff("charbonneau_s")
    p = patient(c, min_age=40, p_nam=0.55)
    ns = nstyle(c)
    k = c.rng.randrange(2)
    if k == 0:
        to = sw
        body = [L(f"Je t'écris au sujet de {t.name(p, ns)} ", f"Writing about {t.name(p, ns)} ") +
                (L(f"(dossier {t.mrn(p, c.ch(['plain', 'space', 'slash']))})", f"(chart {t.mrn(p, c.ch(['plain', 'space', 'slash']))})")),
                L(("suivi" if p.sex == "M" else "suivie") + " à la clinique de continence pour ", "seen at the continence clinic for ") + t.dx(K.incont_dx(c.rng, c.lang)) + ".",
                cap1(t.soc(K.social(c.rng, c.lang, 2))) + ".",
                L("Environ 4 culottes/jour. Peux-tu vérifier l'admissibilité au programme d'aide pour fournitures ?",
                  "About 4 briefs/day. Could you check eligibility for the supplies assistance program?")]
        if c.chance(.6):
            p.sin = make_sin(c.rng)
            body.append(L("Pour le formulaire du programme : NAS ", "For the program form: SIN ") + t.sin(p, c.ch(["space", "hyphen", "plain", "fullwidth"])) +
                        L(", adresse ", ", address ") + t.addr(p) + ".")
        subj = L("Aide pour produits d'incontinence", "Help with incontinence supplies")
    else:
        to = c.staff("dansereau") if c.chance(.5) else c.staff("lemieux")
        ident = idblock(c, p, oneline=c.chance(.5))
        body = [ident, "", L("Journal mictionnel 3 jours : 11 mictions/j, 3 nycturies, fuites à l'effort x 4/j.",
                             "3-day bladder diary: 11 voids/day, nocturia x3, stress leaks x4/day."),
                L("Pad test 1 h : ", "1-h pad test: ") + t.lab(f"{c.rng.randrange(8, 60)} g"),
                L("Impression : ", "Impression: ") + t.dx(K.incont_dx(c.rng, c.lang)),
                L("Essai en cours : ", "Current trial: ") + t.med(K.bladder_meds(c.rng, c.lang)),
                L("Physio périnéale : 6 séances complétées.", "Pelvic floor physio: 6 sessions done."),
                L(("Candidat" if p.sex == "M" else "Candidate") + " à un bilan urodynamique ?", "Candidate for urodynamics?")]
        subj = c.ch([L("Clinique continence - avis", "Continence clinic - opinion"), L("Urodynamique ?", "Urodynamics?")])
    text = "\n".join([c.hello(to.given), ""] + body + ["", c.thanks(), c.sig(nurse, "contin")])
    return spec(c, "continence", L("suivi en soins de continence", "continence nursing follow-up"), nurse.addr(), [to.addr()], subj, text,
                body=c.ch(["plain", "alt", "html"]))


# ---------------------------------------------------------------------------
def p_vasectomy(c):
    t, L = c.t, c.L
    clerk = c.staff("haddad")
    md = c.staff(c.ch(["okafor", "vachon"]))
    p = patient(c, sex="M", min_age=28, max_age=55, p_nam=0.6)
    k = c.rng.randrange(3)
    if k == 0:
        clear = c.chance(.7)
        res = t.lab(K.semen(c.rng, c.lang, clear))
        nm = t.name(p, c.ch(["full", "upper_comma", "initial", "title_full"]))
        plan = (L("Peut cesser la contraception. Lettre de fin de suivi à envoyer.", "May stop other contraception. Send end-of-follow-up letter.")
                if clear else L("Refaire le spermogramme dans 8 semaines.", "Repeat semen analysis in 8 weeks."))
        t.dx(L("statut post-vasectomie", "status post vasectomy"))
        text = "\n".join([c.hello(clerk.given), "", f"{nm} — " + t.mrn(p, c.ch(["plain", "prefix"])), res, plan,
                          L("Pouvez-vous l'appeler au ", "Can you call him at ") + t.phone(p) + " ?", "", md.given])
        subj = L("Spermogramme post-vasectomie", "Post-vasectomy semen analysis")
        note = L("résultat de spermogramme post-vasectomie", "post-vasectomy semen analysis result")
        frm, to = md, clerk
    else:
        when = c.future(10, 50)
        ident = idblock(c, p, oneline=c.chance(.5))
        text = "\n".join([c.hello(md.given), "",
                          L("Nouvelle demande de vasectomie reçue (référence du GMF) :", "New vasectomy request received (GP referral):"), ident,
                          L("Contexte : ", "Context: ") + t.dx(L("demande de contraception définitive, 2 enfants", "requests permanent contraception, 2 children")),
                          L("Médication : ", "Meds: ") + t.med(c.ch([L("AAS 80 mg (prévention primaire)", "ASA 81 mg (primary prevention)"), L("aucune sauf Ventolin PRN", "none except Ventolin PRN")])),
                          L("Cellulaire : ", "Cell: ") + t.phone(p),
                          L(f"Plage offerte : {c.day(when)} à {c.hour()}", f"Slot offered: {c.day(when)} at {c.hour()}"),
                          "", c.thanks(), c.sig(clerk, "vasect")])
        subj = c.ch([L("Vasectomie - nouvelle demande", "Vasectomy - new request"), L("Clinique de vasectomie", "Vasectomy clinic")])
        note = L("demande de vasectomie", "vasectomy booking request")
        frm, to = clerk, md
    return spec(c, "vasectomy", note, frm.addr(), [to.addr()], subj, text)


# ---------------------------------------------------------------------------
def p_census(c):
    t, L = c.t, c.L
    res = c.staff(c.ch(["brisebois", "lariviere"]))
    onc = c.uro()
    n = c.rng.randrange(4, 8)
    rows = [[L("Ch.", "Rm"), L("Patient", "Patient"), L("Âge", "Age"), L("Problème", "Problem"), "Plan"]]
    for i in range(n):
        p = patient(c, min_age=30, p_nam=0.15)
        prob = t.dx(c.ch([K.stone_dx(c.rng, c.lang)[0], K.retention_dx(c.rng, c.lang), K.bladder_dx(c.rng, c.lang),
                          L("pyélonéphrite obstructive, tuteur JJ J1", "obstructive pyelonephritis, JJ stent POD1")]))
        plan = c.ch([L("congé demain si afébrile", "d/c tomorrow if afebrile"), L("suivi créat AM", "f/u AM creat"),
                     L("essai mictionnel 6 h", "TOV at 06:00"), L("irrigation vésicale continue", "CBI running")])
        if c.chance(.3):
            plan += " — " + t.lab(L(f"Hb {c.rng.randrange(78, 120)}", f"Hb {c.rng.randrange(78, 120)}"))
        st = c.ch(["upper_comma", "comma", "sur_upper_only", "initial", "upper_given"])
        if p.nam and st in ("sur_upper_only", "initial"):
            st = "upper_given"
        nm = t.name(p, st)
        if p.nam:
            nm += " " + t.nam(p, c.ch(PDF_SAFE_NAM)) + f" {t.dob(p, 'iso')} {t.sex(p)}"
        elif c.chance(.5):
            nm += " #" + t.mrn(p)
        rows.append([f"{c.ch(['4B', '4C', '5A'])}-{c.rng.randrange(1, 30):02d}", nm, str(p.age()), prob, plan])
    if c.chance(.4):
        data = make_xlsx([("Census", rows)], author=res.full())
        text = "\n".join([c.hello(), "", L("Census de la garde ci-joint. Rien d'urgent en attente.", "Overnight census attached. Nothing urgent pending."), "", res.given])
        atts = [Att(L("census_uro.xlsx", "uro_census.xlsx"), data, XLSX)]
        body = "plain"
        html = None
    else:
        text = "\n".join([L("Sign-out urologie", "Urology sign-out"), ""] + ["  ".join(r) for r in rows] + ["", res.given])
        atts, body = [], c.ch(["plain", "alt"])
        html = None
    subj = c.ch([L("Sign-out garde uro", "Uro sign-out"), L("Census 4B/4C", "Census 4B/4C"), L("Liste de garde", "On-call list")])
    return spec(c, "census", L("liste des patients hospitalisés pour la relève", "inpatient sign-out list"), res.addr(),
                [onc.addr(), c.staff(c.ch(["brisebois", "lariviere"])).addr()], subj, text, atts=atts, body=body, html=html)
