"""Positive templates, part A: teledermatology requests and answers, pathology,
biologic authorisations, phototherapy rosters, prescriptions."""
import gen_pt as pt
from gen_build import html_table, text_table, to_html
from gen_clin import (DXK, biologic, dx_for, iso_labs, path_report, prebio_labs, site, treatment,
                      PHOTO_MODALITIES)
from gen_common import (CLINIC, DERMS, FAMILY_EN, FAMILY_FR, HOSP, NURSES, S, day_en, day_fr,
                        signature, fmt_date)


def _gp(m):
    return S(m.rng.choice(FAMILY_FR if m.lang == "fr" else FAMILY_EN))


def _patient(m, nam_p=0.8, pool=None, min_age=0, max_age=100):
    """NAM holder (Quebec) or invented patient."""
    r = m.rng
    if r.random() < nam_p:
        p = m.C.take_holder(r, min_age, max_age)
        if p:
            return p
    return m.C.new_patient(r, pool or ("fr" if m.lang == "fr" else "en"), max(min_age, 18) if max_age > 18 else min_age, max_age)


def _idblock(m, p, pdf=False, ontario=False):
    """Identification block: NAM block for holders, else name + DOB + OHIP (Ontario) or chart number."""
    fr = m.lang == "fr"
    if p.nam:
        return pt.nam(m, p, pdf=pdf)
    nm = pt.name(m, p, m.rng.choice(["last_first", "full", "title"]))
    d = pt.dob(m, p, pdf=pdf)
    if not fr and ontario:
        return f"Patient: {nm}\nDOB: {d}\nOHIP: {pt.ohip(m, p, pdf=pdf)}"
    return (f"Patient : {nm}\nDDN : {d}\nNo dossier : {pt.mrn(m, p, pdf=pdf)}" if fr
            else f"Patient: {nm}\nDOB: {d}\nChart #: {pt.mrn(m, p, pdf=pdf)}")


# ---------------------------------------------------------------------------------------- 1
def tele_referral(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.85 if fr else 0.35)
    key = dx_for(r, p.age, exclude=("dress", "pb", "urt"))[0]
    gp = _gp(m)
    st = site(r, m.lang)
    mot, q = pt.motif(r, key, m.lang, st)
    m.t("diagnosis")
    if any(w in mot.lower() for w in ("dovobet", "clobétasol", "clobetasol", "doxycycline", "perméthrine",
                                      "permethrin", "tactu", "cortisone", "steroid", "antihistamin", "hydrocortisone")):
        m.t("medication")
    m.category = "teledermo_referral"
    m.note = "family physician teledermatology request with photos" if not fr else "demande de télédermatologie d'un médecin de famille avec photos"
    inform = r.random() < 0.35
    idb = _idblock(m, p, pdf=inform, ontario=True)
    tel = ""
    if r.random() < 0.4:
        tel = ("Tél. (cell.) : " if fr else "Cell: ") + pt.phone(m, p)
    atcd = pt.comorb(m) if (p.age > 40 and r.random() < 0.7) else ("aucun" if fr else "none")
    nphotos = r.randint(1, 3)
    if fr:
        body = (f"Objet : téléconsultation en dermatologie\n\n{idb}\n{tel}\n\n"
                f"Motif : {mot}\nATCD : {atcd}\n\nQuestion : {q}\n\n"
                f"{nphotos} photo(s) jointe(s){', dont une en dermoscopie' if nphotos > 1 else ''}. Consentement verbal obtenu pour la transmission des images.")
        intro = r.choice(["Bonjour,\n\nVoici une nouvelle demande pour le service de télédermatologie.",
                          "Bonjour l'équipe,\n\nJe vous envoie une demande de téléconsultation.",
                          "Bonjour Dre Raman,\n\nUne demande de plus pour vous, merci!"])
    else:
        body = (f"Reason: teledermatology e-consult\n\n{idb}\n{tel}\n\n"
                f"History: {mot}\nPMHx: {atcd}\n\nQuestion: {q}\n\n"
                f"{nphotos} photo(s) attached{', one dermoscopic' if nphotos > 1 else ''}. Patient consented to image transfer.")
        intro = r.choice(["Hello,\n\nPlease find a new e-consult request below.",
                          "Hi team,\n\nNew request for the teledermatology service.",
                          "Good morning Dr. Raman,\n\nOne more for you - thanks in advance."])
    photos = [f"IMG_{r.randint(1000, 9999)}.png" for _ in range(nphotos)]
    if inform:
        title = "Demande de téléconsultation" if fr else "Teledermatology request"
        m.pdf(r.choice(["demande_teledermo.pdf", "eConsult_request.pdf", f"TD-{r.randint(10000, 99999)}.pdf"]),
              title, [("h", title)] + [("p", x) for x in body.split("\n")], org=None, author=gp.full)
        text = intro + ("\n\nLa demande complète est dans le PDF joint, photos en pièces jointes.\n\n" if fr
                        else "\n\nFull request in the attached PDF, photos attached separately.\n\n") + signature(gp, m.lang, r)
    else:
        text = intro + "\n\n" + body + "\n\n" + signature(gp, m.lang, r)
    if r.random() < 0.3:
        from gen_attach import make_png
        m.zip("photos.zip" if not fr else "photos_lésion.zip", [(f, make_png(r)) for f in photos])
    else:
        for f in photos:
            m.png(f)
    subj = r.choice(["Demande téléderm", "Téléconsultation dermato - nouvelle demande", "Nouvelle demande TD"] if fr
                    else ["eConsult - dermatology", "Teledermatology request", "New TD referral"])
    if r.random() < 0.3:
        subj += " - " + pt.name(m, p, "last_first_plain")
    to = [S("raman")] if r.random() < 0.5 else [("Télédermatologie" if fr else "Teledermatology", f"demandes@{CLINIC['tele_domain']}")]
    return m.render(gp, to, subj, text)


# ---------------------------------------------------------------------------------------- 2
def tele_answer(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.8 if fr else 0.4)
    key = dx_for(r, p.age, exclude=("dress", "pb"))[0]
    d = DXK[key]
    gp = _gp(m)
    derm = S(r.choice(["raman", "vachon", "lussier"] if fr else ["raman", "weiss"]))
    st = site(r, m.lang)
    mot, q = pt.motif(r, key, m.lang, st)
    m.category = "teledermo_answer"
    m.note = "dermatologist answer to e-consult quoting the request" if not fr else "réponse du dermatologue à une téléconsultation avec demande citée"
    idb = _idblock(m, p, ontario=True)
    m.t("diagnosis", "medication")
    orig = (f"{idb}\n\nMotif : {mot}\nQuestion : {q}\n\n{gp.titled('fr')}" if fr
            else f"{idb}\n\nHistory: {mot}\nQuestion: {q}\n\n{gp.titled('en')}")
    tx = treatment(r, key, m.lang) if key != "gale" else (
        "ivermectine 200 µg/kg PO J1 et J8, traiter tous les contacts le même jour" if fr
        else "ivermectin 200 mcg/kg PO day 1 and day 8, treat all contacts the same day")
    prio = r.choice(["P3", "P4", "P2"])
    if fr:
        ans = (f"Bonjour {gp.dear('fr')},\n\nMerci pour la demande et les photos de bonne qualité.\n\n"
               f"Impression : {d[1]}.\n\nSuggestions :\n- {tx}\n- photoprotection et hydratation quotidienne\n"
               f"- revoir en téléconsultation dans {r.choice([6, 8, 12])} semaines avec nouvelles photos si pas d'amélioration\n\n"
               f"Priorité si vue en clinique : {prio}. Nous envoyons une convocation au besoin.\n\n{signature(derm, 'fr', r)}")
        subj = "RE: " + r.choice(["Demande téléderm", "Téléconsultation dermato", f"TD-{r.randint(10000, 99999)}"])
    else:
        ans = (f"Dear {gp.dear('en')},\n\nThanks for the clear photos.\n\nImpression: {d[2]}.\n\nRecommendations:\n- {tx}\n"
               f"- sun protection and daily emollients\n- resubmit in {r.choice([6, 8, 12])} weeks with new photos if not improving\n\n"
               f"Triage if seen in person: {prio}.\n\n{signature(derm, 'en', r)}")
        subj = "RE: " + r.choice(["eConsult - dermatology", "Teledermatology request", f"TD-{r.randint(10000, 99999)}"])
    when = m.earlier(24, 240)
    text = ans + "\n\n" + m.quote(orig, gp, when, to=[derm.full], subject=subj[4:])
    return m.render(derm, [gp], subj, text, reply=True)


# ---------------------------------------------------------------------------------------- 3
def pathology(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.45, min_age=30)
    key = dx_for(r, p.age, kinds=("tumour",))[0]
    if r.random() < 0.2:
        key = r.choice(["pb", "lp", "pso"]) if p.age > 30 else "pso"
    spec, dxl, det = path_report(r, key, m.lang)
    derm = S(r.choice(DERMS))
    patho = S(r.choice(["frechette", "alvarez"]))
    m.t("diagnosis", "lab_result")
    m.category = "pathology_result"
    m.note = "dermatopathology report sent to the dermatologist" if not fr else "rapport de dermatopathologie transmis au dermatologue"
    acc = f"{r.choice(['S', 'D', 'DP'])}25-{r.randint(1000, 19999)}"
    st = site(r, m.lang)
    prelev = fmt_date(m.day.replace(day=max(1, m.day.day - 7)) if m.day.day > 7 else m.day, "iso")
    if p.nam:
        idb = pt.nam(m, p, pdf=True)
        mr = pt.mrn(m, p, pdf=True)
        idb += ("\nNo dossier : " if fr else "\nMRN: ") + mr
    else:
        nm = pt.name(m, p, "last_first")
        idb = ((f"Nom : {nm}\nDDN : {pt.dob(m, p, pdf=True)}\nNo dossier : {pt.mrn(m, p, pdf=True)}") if fr
               else f"Name: {nm}\nDOB: {pt.dob(m, p, pdf=True)}\nMRN: {pt.mrn(m, p, pdf=True)}")
    blocks = [("h", "RAPPORT DE PATHOLOGIE CHIRURGICALE" if fr else "SURGICAL PATHOLOGY REPORT"),
              ("kv", f"{'No de spécimen' if fr else 'Accession'} : {acc}"), ("kv", idb),
              ("kv", f"{'Prélevé le' if fr else 'Collected'} : {prelev}   {'Médecin demandeur' if fr else 'Ordering physician'} : {derm.titled(m.lang)}"),
              ("space", ""), ("h", "Spécimen" if fr else "Specimen"), ("p", f"{spec}, {st}"),
              ("h", "Diagnostic" if fr else "Diagnosis"), ("p", f"{dxl}; {det}."),
              ("h", "Commentaire" if fr else "Comment"),
              ("p", "Corrélation clinique recommandée. Résultat transmis au médecin demandeur." if fr
               else "Clinical correlation recommended. Result forwarded to the ordering physician."),
              ("small", f"{patho.titled(m.lang)}, {patho.role_fr if fr else patho.role_en} — signé électroniquement")]
    fname_style = r.random()
    if fname_style < 0.35:
        fname = f"patho_{acc}.pdf"
    elif fname_style < 0.7:
        fname = f"{p.surname.upper()}_{p.given}_{acc}.pdf".replace(" ", "_")
    else:
        fname = f"Rapport pathologie {p.surname} {fmt_date(m.day, 'iso')}.pdf"
    m.pdf(fname, "Rapport de pathologie" if fr else "Pathology report", blocks, org="hosp", author=patho.full)
    v = r.random()
    if v < 0.4:
        body = (f"Bonjour {derm.dear('fr')},\n\nRapport final pour le spécimen {acc} ci-joint.\n"
                f"En bref : {dxl.lower()}, {det}.\n\n{signature(patho, 'fr', r)}" if fr else
                f"Dr. {derm.surname},\n\nFinal report for {acc} attached.\nSummary: {dxl.lower()}, {det}.\n\n{signature(patho, 'en', r)}")
        subj = (f"Résultat final {acc}" if fr else f"Final path {acc}")
    elif v < 0.75:
        who = pt.name(m, p, r.choice(["title", "initials", "last_first_plain"]))
        body = (f"Salut {derm.given},\n\nJe voulais te prévenir directement pour {who} : {dxl.lower()} au {st}, {det}.\n"
                f"Rapport signé ce matin, copie PDF jointe.\n\n{patho.given}" if fr else
                f"Hi {derm.given},\n\nHeads-up on {who}: {dxl.lower()}, {st}, {det}.\nSigned out this morning, PDF attached.\n\n{patho.given}")
        subj = (f"Résultat {acc} - {who}" if r.random() < 0.5 else "Résultat de biopsie à voir") if fr else (
            f"Path result {acc} - {who}" if r.random() < 0.5 else "Biopsy result to review")
    else:
        body = ("Bonjour,\n\nVeuillez trouver ci-joint le rapport de pathologie demandé.\n\nMerci,\n" + signature(patho, "fr", r) if fr
                else "Hello,\n\nPlease find the requested pathology report attached.\n\nRegards,\n" + signature(patho, "en", r))
        subj = "Rapport de pathologie" if fr else "Pathology report"
    return m.render(patho, [derm], subj, body)


# ---------------------------------------------------------------------------------------- 4
def biologic_request(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.8 if fr else 0.5, min_age=18, max_age=80)
    key = r.choice(["pso", "pso", "pso_ungu", "hs", "da", "pso_inv"])
    d = DXK[key]
    nurse = S("giroux")
    derm = S(r.choice(["vachon", "lussier", "weiss"]))
    drug = biologic(r, key, m.lang)
    m.t("diagnosis", "medication", "lab_result")
    m.category = "biologic_authorisation"
    m.note = "biologic coverage request with scores and pre-treatment labs" if not fr else "demande de couverture d'un biologique avec scores et bilan pré-traitement"
    pasi, bsa, dlqi = r.randint(12, 28), r.randint(10, 45), r.randint(11, 25)
    failed = r.sample(["méthotrexate 20 mg/sem. x 6 mois (ALT élevées)", "photothérapie UVB-BE 36 séances",
                       "cyclosporine 3 mg/kg x 4 mois", "acitrétine 25 mg x 5 mois", "apremilast 30 mg bid x 4 mois"] if fr else
                      ["methotrexate 20 mg/wk x 6 months (raised ALT)", "NB-UVB 36 sessions", "cyclosporine 3 mg/kg x 4 months",
                       "acitretin 25 mg x 5 months", "apremilast 30 mg bid x 4 months"], 2)
    labs = prebio_labs(r, m.lang)
    insurer = r.choice([("RAMQ — mesure du patient d'exception", "RAMQ exceptional patient measure"),
                        ("Assurances Boréal — autorisation préalable", "Boreal Insurance prior authorisation")])
    idb = _idblock(m, p, pdf=False, ontario=True)
    if fr:
        rows = [("Champ", "Valeur"), ("Diagnostic", d[1]), ("PASI / BSA / DLQI", f"{pasi} / {bsa} % / {dlqi}"),
                ("Traitements antérieurs", "; ".join(failed)), ("Médicament demandé", drug),
                ("Bilan pré-biologique", "; ".join(labs)), ("Prescripteur", derm.titled("fr"))]
        blocks = [("h", f"Demande d'autorisation — {insurer[0]}"), ("p", idb)] + [("table", rows)] + [
            ("p", "Je certifie que les renseignements ci-dessus sont exacts."), ("p", derm.titled("fr"))]
        fname = r.choice(["demande_autorisation.docx", f"autorisation_{p.surname}.docx", "formulaire_PAB.docx"])
        m.docx(fname, "Demande d'autorisation", blocks, author=nurse.full)
        body = (f"Bonjour,\n\nVoici la demande d'autorisation pour {drug.split(' ')[0]} signée par {'la' if derm.title == 'Dre' else 'le'} {derm.dear('fr')}. "
                f"Le bilan pré-biologique est complet (QuantiFERON négatif). Le patient est prêt à débuter dès réception de l'approbation.\n\n"
                f"Pouvez-vous me confirmer le délai de traitement?\n\nMerci!\n\n{signature(nurse, 'fr', r)}")
        subj = r.choice(["Demande d'autorisation biologique", "PAB - formulaire complété", f"Autorisation {drug.split(' ')[0]}"])
        to = [("Programme Accès+ Bio", "inscriptions@accesbio.example")] if r.random() < 0.5 else [S("champagne")]
    else:
        rows = [("Field", "Value"), ("Diagnosis", d[2]), ("PASI / BSA / DLQI", f"{pasi} / {bsa}% / {dlqi}"),
                ("Previous therapy", "; ".join(failed)), ("Requested drug", drug), ("Screening", "; ".join(labs)),
                ("Prescriber", derm.titled("en"))]
        blocks = [("h", f"Prior authorisation request — {insurer[1]}"), ("p", idb), ("table", rows),
                  ("p", "I certify the above information is accurate."), ("p", derm.titled("en"))]
        fname = r.choice(["prior_auth_request.docx", f"PA_{p.surname}.docx", "special_authorization.docx"])
        m.docx(fname, "Prior authorisation", blocks, author=nurse.full)
        body = (f"Hello,\n\nPlease find attached the prior authorisation request for {drug.split(' ')[0]}, signed by {derm.titled('en')}. "
                f"TB and hepatitis screening are complete and negative. The patient is ready to start as soon as coverage is confirmed.\n\n"
                f"Could you let me know the expected turnaround?\n\nThank you,\n\n{signature(nurse, 'en', r)}")
        subj = r.choice(["Prior authorization - biologic", "PA form completed", f"Coverage request {drug.split(' ')[0]}"])
        to = [("BioPath Connect", "enrol@biopathconnect.example")]
    return m.render(nurse, to, subj, body, cc=[derm] if r.random() < 0.5 else ())


# ---------------------------------------------------------------------------------------- 5
def photo_roster(m):
    r, fr = m.rng, m.lang == "fr"
    nurse = S("dufresne")
    n = r.randint(5, 9)
    m.category = "phototherapy_roster"
    m.note = "weekly phototherapy session roster with patients and diagnoses" if not fr else "liste hebdomadaire des séances de photothérapie avec patients et diagnostics"
    m.t("patient_name", "diagnosis")
    rows = [("Heure", "Patient", "Dx", "Modalité", "Séance", "Dose mJ/cm²") if fr else
            ("Time", "Patient", "Dx", "Modality", "Session", "Dose mJ/cm2")]
    hour, minute = 7, 30
    for i in range(n):
        p = m.C.new_patient(r, "fr" if fr else r.choice(["fr", "en"]), 14, 80)
        key = r.choice(["pso", "pso", "vitiligo", "da", "pso_inv", "lp"])
        form = r.choice(["last_first", "last_first", "last_comma", "initials"])
        mod = r.choice(PHOTO_MODALITIES[:2] if key != "vitiligo" else PHOTO_MODALITIES[:1])
        rows.append((f"{hour:02d}:{minute:02d}", pt.name(m, p, form), DXK[key][3] if fr else DXK[key][2].split(" (")[0],
                     mod[0].split(" (")[0] if fr else mod[1].split(" (")[0], f"{r.randint(1, 36)}/36",
                     str(r.choice([300, 450, 600, 780, 900, 1100, 1250]))))
        minute += 15
        if minute >= 60:
            hour, minute = hour + 1, minute - 60
    day = m.later_day(r.randint(1, 3))
    if r.random() < 0.5:
        intro = (f"Bonjour,\n\nVoici la liste de photothérapie pour {day_fr(day)}. Cabine 2 en maintenance l'après-midi, "
                 f"tout le monde est en cabine 1.\n\n" if fr else
                 f"Hi all,\n\nPhototherapy list for {day_en(day)}. Booth 2 is down for maintenance in the afternoon so everyone is in booth 1.\n\n")
        sig = signature(nurse, m.lang, r)
        text = intro + text_table(rows) + "\n\n" + sig
        html = to_html(intro) + "\n" + html_table(rows) + "\n" + to_html(sig)
        mode = r.choice(["alt", "html"])
        subj = (f"Photothérapie - liste du {day_fr(day)}" if fr else f"Phototherapy list {day_en(day)}")
        return m.render(nurse, [S("vachon"), S("morneau")], subj, text, html_body=html, mode=mode)
    m.xlsx(f"photo_{day.isoformat()}.xlsx", [("Liste" if fr else "List", rows)], author=nurse.full)
    text = (f"Liste de la semaine prochaine en pièce jointe. Deux nouveaux débuts lundi.\n\n{signature(nurse, 'fr', r, short=True)}" if fr
            else f"Next week's list attached. Two new starts on Monday.\n\n{signature(nurse, 'en', r, short=True)}")
    return m.render(nurse, [S("gingras"), S("beaulieu")], "Photothérapie - semaine" if fr else "Phototherapy - next week", text)


# ---------------------------------------------------------------------------------------- 6
def pharmacy_rx(m):
    r, fr = m.rng, m.lang == "fr"
    kind = r.choice(["iso", "mtx", "topical", "bio"])
    if kind == "iso":
        p = _patient(m, 0.7, min_age=13, max_age=32)
        key = "acne"
    else:
        p = _patient(m, 0.6, min_age=20, max_age=85)
        key = r.choice(["pso", "da", "hs", "rosacee", "bcc_sup", "scc_is"]) if kind == "topical" else r.choice(["pso", "pso_ungu"])
    derm = S(r.choice(DERMS))
    ph = S(r.choice(["lacroix", "ng"]))
    m.category = "prescription_pharmacy"
    m.note = "prescription sent to community pharmacy" if not fr else "ordonnance transmise à la pharmacie communautaire"
    m.t("medication", "diagnosis")
    if kind == "iso":
        drug = treatment(r, "acne", m.lang)
        extra = ((f"Test de grossesse sérique négatif le {fmt_date(m.day, 'iso')}. " if p.sex == "F" else "") +
                 "Bilan lipidique et ALT normaux. Servir 30 jours seulement, aucun renouvellement sans nouveau test." if fr else
                 (f"Negative serum pregnancy test on {fmt_date(m.day, 'iso')}. " if p.sex == "F" else "") +
                 "Lipids and ALT normal. Dispense 30 days only, no refills without a new test.")
        m.t("lab_result")
    elif kind == "mtx":
        drug = treatment(r, "pso_ungu", m.lang)
        extra = ("Acide folique 1 mg die sauf le jour du MTX. Seringues préremplies, 4 par mois, 3 renouvellements." if fr
                 else "Folic acid 1 mg daily except MTX day. Pre-filled syringes, 4 per month, 3 refills.")
    elif kind == "bio":
        drug = biologic(r, key, m.lang)
        extra = ("Couverture approuvée, livraison à la clinique pour la première dose (enseignement infirmier)." if fr
                 else "Coverage approved; please deliver the first dose to the clinic for injection teaching.")
    else:
        drug = treatment(r, key, m.lang)
        extra = ("Substitution générique permise." if fr else "Generic substitution allowed.")
    dxs = DXK[key][1] if fr else DXK[key][2]
    idb = _idblock(m, p, pdf=r.random() < 0.5, ontario=True)
    if r.random() < 0.5:
        blocks = [("h", "ORDONNANCE" if fr else "PRESCRIPTION"), ("p", idb), ("space", ""),
                  ("p", ("Indication : " if fr else "Indication: ") + dxs), ("p", "Rx : " + drug), ("p", extra),
                  ("space", ""), ("p", f"{derm.titled(m.lang)} — permis {r.randint(10000, 99999)}")]
        # the block was generated with pdf-safe styles only when requested
        if any(ord(c) > 0xFF00 for c in idb):
            m.docx("ordonnance.docx" if fr else "prescription.docx", "Ordonnance", blocks, author=derm.full)
        else:
            m.pdf(r.choice(["ordonnance.pdf", f"Rx_{p.surname}.pdf", "scan0042.pdf"]) if fr else
                  r.choice(["prescription.pdf", f"Rx_{p.surname}.pdf", "scan0042.pdf"]), "Ordonnance", blocks, author=derm.full)
        body = (f"Bonjour,\n\nOrdonnance ci-jointe pour {pt.name(m, p, r.choice(['title', 'full', 'initials']))}. "
                f"L'original suit par télécopieur.\n\nMerci,\n\n{signature(S('sauve'), 'fr', r)}" if fr else
                f"Hello,\n\nPrescription attached for {pt.name(m, p, r.choice(['title', 'full', 'initials']))}. "
                f"Original to follow by fax.\n\nThanks,\n\n{signature(S('whitfield'), 'en', r)}")
    else:
        body = (f"Bonjour {ph.given},\n\nPour notre patient(e) commun(e) :\n{idb}\n\nIndication : {dxs}\nRx : {drug}\n{extra}\n\n"
                f"{signature(derm, 'fr', r)}" if fr else
                f"Hi {ph.given},\n\nFor our shared patient:\n{idb}\n\nIndication: {dxs}\nRx: {drug}\n{extra}\n\n{signature(derm, 'en', r)}")
    subj = r.choice(["Ordonnance", "Rx à servir", "Nouvelle ordonnance - dermato"] if fr else ["Prescription", "Rx to fill", "New Rx - dermatology"])
    sender = S("sauve") if (fr and "Ordonnance ci-jointe" in body) else (S("whitfield") if "Prescription attached" in body else derm)
    return m.render(sender, [ph], subj, body)


# ---------------------------------------------------------------------------------------- 7
def isotretinoin_followup(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.8, min_age=13, max_age=30)
    nurse = S(r.choice(["giroux", "morneau"]))
    derm = S(r.choice(["vachon", "aubin", "weiss"]))
    m.category = "isotretinoin_monitoring"
    m.note = "isotretinoin monthly monitoring with lab values" if not fr else "suivi mensuel isotrétinoïne avec résultats de laboratoire"
    m.t("diagnosis", "medication", "lab_result")
    month = r.randint(2, 6)
    labs = iso_labs(r, m.lang)
    preg = ""
    if p.sex == "F":
        preg = ("β-hCG urinaire négatif ce matin; contraception : stérilet hormonal + condom." if fr
                else "Urine beta-hCG negative this morning; contraception: hormonal IUD plus condoms.")
    dose = r.choice([30, 40, 60])
    idb = _idblock(m, p)
    mood = r.choice([("Humeur correcte, aucune idée noire rapportée.", "Mood fine, no dark thoughts reported."),
                     ("Se dit plus irritable depuis 2 semaines, questionnaire PHQ-9 à 8.", "Reports more irritability for 2 weeks, PHQ-9 score 8.")])
    if fr:
        body = (f"{derm.dear('fr')},\n\nSuivi mois {month} sous isotrétinoïne {dose} mg die :\n\n{idb}\n\n"
                f"Labos : {', '.join(labs)}\n{preg}\n{mood[0]}\nChéilite et sécheresse oculaire, contrôlées avec baume et larmes artificielles.\n\n"
                f"Je renouvelle pour 30 jours selon l'ordonnance collective? À toi de confirmer.\n\n{signature(nurse, 'fr', r, short=r.random() < 0.5)}")
        subj = r.choice([f"Suivi isotrétinoïne mois {month}", "Epuris - suivi", f"Iso M{month} - labos"])
    else:
        body = (f"{derm.dear('en')},\n\nMonth {month} isotretinoin {dose} mg daily check:\n\n{idb}\n\n"
                f"Labs: {', '.join(labs)}\n{preg}\n{mood[1]}\nCheilitis and dry eyes, managed with lip balm and artificial tears.\n\n"
                f"OK to renew for 30 days under the medical directive?\n\n{signature(nurse, 'en', r, short=r.random() < 0.5)}")
        subj = r.choice([f"Isotretinoin month {month} check", "Epuris follow-up", f"Iso M{month} labs"])
    return m.render(nurse, [derm], subj, body)


# ---------------------------------------------------------------------------------------- 8
def mohs_booking(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.4, min_age=50, max_age=95)
    key = r.choice(["bcc_inf", "bcc_nod", "scc", "mel_is"])
    sec = S(r.choice(["beaulieu", "sauve"] if fr else ["whitfield", "beaulieu"]))
    surg = S("benali")
    m.category = "mohs_booking"
    m.note = "Mohs surgery booking with tumour site and anticoagulant" if not fr else "réservation chirurgie de Mohs avec site tumoral et anticoagulant"
    m.t("diagnosis")
    st = site(r, m.lang)
    day = m.later_day(r.randint(5, 20))
    anticoag = r.choice([("apixaban (Eliquis) 5 mg bid", "apixaban (Eliquis) 5 mg bid"),
                         ("warfarine, RNI cible 2-3", "warfarin, INR target 2-3"),
                         ("AAS 81 mg seulement", "ASA 81 mg only"), None])
    if p.nam:
        nm = pt.nam(m, p, layout="compact")
    else:
        nm = pt.name(m, p, r.choice(["title", "last_first", "full", "lower"]))
    chart = pt.mrn(m, p)
    extra = ""
    if anticoag:
        m.t("medication")
        extra = (f"\nAnticoagulation : {anticoag[0]} — à discuter avec le Dr Benali (ne pas cesser sans avis)." if fr
                 else f"\nAnticoagulation: {anticoag[1]} — please confirm with Dr. Benali (do not stop without advice).")
    if r.random() < 0.4:
        extra += ("\nPatient malentendant, appeler la fille au " if fr else "\nPatient is hard of hearing, call daughter at ") + pt.phone(m, p)
    if fr:
        body = (f"Bonjour Dr Benali,\n\nJ'ai une place le {day_fr(day)} à 8 h pour {nm} (dossier {chart}).\n"
                f"Lésion : {DXK[key][1]}, {st}, confirmé par biopsie.{extra}\n\n"
                f"Je confirme avec le patient si ça vous convient.\n\n{signature(sec, 'fr', r)}")
        subj = r.choice(["Mohs - réservation", f"Réservation Mohs {day.isoformat()}", "Plage Mohs disponible"])
    else:
        body = (f"Hi Dr. Benali,\n\nI have an opening on {day_en(day)} at 8:00 for {nm} (chart {chart}).\n"
                f"Lesion: biopsy-proven {DXK[key][2]}, {st}.{extra}\n\nShall I confirm with the patient?\n\n{signature(sec, 'en', r)}")
        subj = r.choice(["Mohs booking", f"Mohs slot {day.isoformat()}", "Mohs opening"])
    return m.render(sec, [surg], subj, body, importance="high" if r.random() < 0.2 else None)


# ---------------------------------------------------------------------------------------- 9
def consult_census(m):
    r, fr = m.rng, m.lang == "fr"
    res = S(r.choice(["lacasse", "ouimet", "nakamura"]))
    nxt = S(r.choice([x for x in ["lacasse", "ouimet", "nakamura"] if x != res.key]))
    m.category = "inpatient_signout"
    m.note = "inpatient dermatology consult sign-out list" if not fr else "liste de passation des consultations dermatologiques à l'hôpital"
    m.t("patient_name", "diagnosis", "medication")
    items = [("DRESS probable post-allopurinol, éosino 2,1", "prob DRESS post-allopurinol, eos 2.1", "prednisone 1 mg/kg, FSC/ALT die", "pred 1 mg/kg, daily CBC/LFTs"),
             ("SJS/NET? post-lamotrigine, 6 % SCT décollée", "SJS/TEN? post-lamotrigine, 6% BSA detached", "transfert USI grands brûlés si progression", "transfer to burn ICU if progressing"),
             ("PB, nouvelles bulles x 3", "BP, 3 new blisters", "clobétasol 30 g/j, doxy 100 bid", "clobetasol 30 g/d, doxy 100 bid"),
             ("cellulite vs dermite de stase MI bilat.", "cellulitis vs stasis dermatitis bilat legs", "pas d'ATB d'emblée, élévation", "no abx for now, elevate"),
             ("zona ophtalmique V1 D", "R V1 herpes zoster ophthalmicus", "valacyclovir 1 g tid, ophtalmo vu", "valacyclovir 1 g tid, ophtho seen"),
             ("érythrodermie psoriasique", "erythrodermic psoriasis", "cyclosporine 4 mg/kg, TA bid", "cyclosporine 4 mg/kg, BP bid"),
             ("vasculite leucocytoclasique", "leukocytoclastic vasculitis", "bx faite, AU/créat. à suivre", "bx done, f/u UA/creat"),
             ("pyoderma gangrenosum post-op", "post-op pyoderma gangrenosum", "prednisone 40 mg, pas de débridement!", "pred 40 mg, NO debridement")]
    rows = []
    for it in r.sample(items, r.randint(3, 6)):
        if "éosino" in it[0]:
            m.t("lab_result")
        p = m.C.new_patient(r, "fr" if fr else r.choice(["fr", "en"]), 35, 92)
        room = f"{r.randint(3, 8)}{r.choice('ABCD')}-{r.randint(1, 40):02d}"
        nm = pt.name(m, p, r.choice(["last_first", "last_first", "last_comma", "initials", "title_last"]))
        chart = pt.mrn(m, p, "plain") if r.random() < 0.6 else ""
        rows.append((room, nm, chart, it[0] if fr else it[1], it[2] if fr else it[3]))
    hdr = ("Ch.", "Patient", "Dossier", "Problème", "Plan") if fr else ("Rm", "Patient", "MRN", "Issue", "Plan")
    if r.random() < 0.5:
        text = ((f"Salut {nxt.given},\n\nPassation consults dermato pour la fin de semaine :\n\n" if fr else
                 f"Hey {nxt.given},\n\nWeekend derm consult sign-out:\n\n") +
                "\n".join(f"{a} — {b}{(' (' + c + ')') if c else ''} — {d} — {e}" for a, b, c, d, e in rows) +
                ("\n\nPager 4412 si besoin, je suis joignable jusqu'à 20 h.\n\n" if fr else "\n\nPage me at 4412 until 8 pm if needed.\n\n") + res.given)
        return m.render(res, [nxt], "Passation consults derm" if fr else "Derm consult sign-out", text, mode=r.choice(["plain", "plain", "alt"]))
    m.xlsx(r.choice(["liste_consults.xlsx", "signout.xlsx", f"census_{m.day.isoformat()}.xlsx"]), [("Consults", [hdr] + rows)], author=res.full)
    text = ("Liste à jour en pièce jointe, 2 nouveaux depuis hier.\n\n" + res.given if fr
            else "Updated list attached, 2 new since yesterday.\n\n" + res.given)
    return m.render(res, [nxt, S(r.choice(["vachon", "weiss"]))], "Liste consults" if fr else "Consult list", text)


# ---------------------------------------------------------------------------------------- 10
def transport_request(m):
    r, fr = m.rng, m.lang == "fr"
    p = _patient(m, 0.5, min_age=40, max_age=95)
    clerk = S(r.choice(["gingras", "beaulieu"] if fr else ["whitfield", "gingras"]))
    m.category = "transport_request"
    m.note = "adapted transport request for phototherapy sessions" if not fr else "demande de transport adapté pour séances de photothérapie"
    key = r.choice(["pso", "vitiligo", "da", "ulcere"])
    m.t("diagnosis")
    idb = _idblock(m, p) if (p.nam or r.random() < 0.5) else pt.name(m, p, r.choice(["title", "last_first"]))
    ad = pt.address(m, p, "fr")
    ph = pt.phone(m, p, "819")
    soc = ""
    if r.random() < 0.6:
        m.t("social_information")
        soc = r.choice([("Prestataire de l'aide sociale, ne peut assumer les frais de taxi.", "On social assistance, cannot pay for taxis."),
                        ("Vit seul(e) depuis le décès du conjoint, aucun proche pour le conduire.", "Lives alone since spouse died, no family to drive."),
                        ("Hébergé(e) temporairement au refuge Le Havre, adresse ci-dessus valide jusqu'au 30.", "Temporarily staying at Le Havre shelter; address valid until the 30th.")])
        soc = soc[0] if fr else soc[1]
    mob = r.choice([("fauteuil roulant", "wheelchair"), ("marchette", "walker"), ("aucune aide technique", "no mobility aid")])
    proc = ("séances de photothérapie 3 fois par semaine (lundi, mercredi, vendredi, vers 10 h)" if key != "ulcere"
            else "soins de plaie 2 fois par semaine (mardi et jeudi)")
    proc_en = ("phototherapy sessions 3 times a week (Mon, Wed, Fri around 10 am)" if key != "ulcere"
               else "wound care twice a week (Tue and Thu)")
    if fr:
        body = (f"Bonjour,\n\nNous demandons le transport adapté pour :\n{idb}\nAdresse : {ad}\nTél. : {ph}\n"
                f"Mobilité : {mob[0]}\n\nMotif : {proc} pour {DXK[key][1]}, durée prévue 12 semaines.\n{soc}\n\n"
                f"Retour vers 11 h 15. Merci de confirmer les plages.\n\n{signature(clerk, 'fr', r)}")
        subj = "Demande de transport adapté"
        to = [("Transport adapté", "reservations@transportadapte-tr.example")]
    else:
        body = (f"Hello,\n\nWe are requesting accessible transport for:\n{idb}\nAddress: {ad}\nPhone: {ph}\n"
                f"Mobility: {mob[1]}\n\nReason: {proc_en} for {DXK[key][2]}, expected 12 weeks.\n{soc}\n\n"
                f"Return trip around 11:15. Please confirm the time slots.\n\n{signature(clerk, 'en', r)}")
        subj = "Accessible transport request"
        to = [("Transport adapté - English desk", "reservations@transportadapte-tr.example")]
    if r.random() < 0.35:
        m.pdf("formulaire_transport.pdf" if fr else "transport_form.pdf", subj,
              [("h", subj)] + [("p", x) for x in body.split("\n") if x and not any(ord(c) > 0xFF00 for c in x)], org="clinic")
    return m.render(clerk, to, subj, body)


# ---------------------------------------------------------------------------------------- 11
def insurer_form(m):
    r, fr = m.rng, m.lang == "fr"
    p = m.C.new_patient(r, "fr" if fr else "en", 22, 62)
    derm = S(r.choice(["vachon", "lussier", "weiss"]))
    case = S("delorme")
    key = r.choice(["hs", "pso_ungu", "da", "pso"])
    m.category = "insurer_disability_form"
    m.note = "disability insurer form with SIN, diagnosis and treatment" if not fr else "formulaire d'assurance invalidité avec NAS, diagnostic et traitement"
    m.t("diagnosis", "medication")
    nm = pt.name(m, p, "last_first")
    sn = pt.sin(m, p, pdf=True)
    d = pt.dob(m, p, pdf=True)
    claim = f"{r.choice(['INV', 'LTD', 'STD'])}-{r.randint(100000, 999999)}"
    tx = biologic(r, key, m.lang) if key in ("hs", "pso", "da", "pso_ungu") else treatment(r, key, m.lang)
    restr = r.choice([("Pas de port de charges > 10 kg, éviter chaleur et frottement (uniforme).", "No lifting > 10 kg, avoid heat and friction (uniform)."),
                      ("Arrêt complet 6 semaines puis retour progressif.", "Off work 6 weeks then graduated return."),
                      ("Travail sans gants de nitrile; accès à un lavabo.", "Work without nitrile gloves; access to a sink.")])
    if fr:
        blocks = [("h", "Déclaration du médecin traitant — invalidité"), ("kv", f"No de réclamation : {claim}"),
                  ("kv", f"Assuré(e) : {nm}"), ("kv", f"Date de naissance : {d}"), ("kv", f"NAS : {sn}"),
                  ("h", "Renseignements médicaux"), ("p", f"Diagnostic : {DXK[key][1]}"),
                  ("p", f"Traitement en cours : {tx}"), ("p", f"Limitations fonctionnelles : {restr[0]}"),
                  ("p", f"Date de la prochaine évaluation : {fmt_date(m.later_day(30), 'iso')}"), ("p", derm.titled("fr"))]
        body = (f"Bonjour M. Delorme,\n\nVous trouverez ci-joint la déclaration du médecin traitant pour le dossier {claim}"
                f"{' (' + nm + ')' if r.random() < 0.5 else ''}, complétée par {derm.titled('fr')}.\n\n"
                f"Des frais de 60 $ seront facturés séparément.\n\n{signature(S('sauve'), 'fr', r)}")
        subj = f"Dossier {claim} - déclaration du médecin"
    else:
        blocks = [("h", "Attending Physician Statement — Disability"), ("kv", f"Claim no.: {claim}"),
                  ("kv", f"Plan member: {nm}"), ("kv", f"Date of birth: {d}"), ("kv", f"Social Insurance Number: {sn}"),
                  ("h", "Medical information"), ("p", f"Diagnosis: {DXK[key][2]}"), ("p", f"Current treatment: {tx}"),
                  ("p", f"Functional limitations: {restr[1]}"), ("p", f"Next assessment: {fmt_date(m.later_day(30), 'iso')}"),
                  ("p", derm.titled("en"))]
        body = (f"Dear Mr. Delorme,\n\nPlease find attached the attending physician statement for claim {claim}"
                f"{' (' + nm + ')' if r.random() < 0.5 else ''}, completed by {derm.titled('en')}.\n\n"
                f"A $60 form fee will be invoiced separately.\n\n{signature(S('whitfield'), 'en', r)}")
        subj = f"Claim {claim} - physician statement"
    if r.random() < 0.5:
        m.pdf(f"{claim}.pdf", subj, blocks, org="clinic", author=derm.full)
    else:
        m.docx(f"{claim}_APS.docx" if not fr else f"{claim}_declaration.docx", subj, blocks, author=derm.full)
    return m.render(S("sauve") if fr else S("whitfield"), [case], subj, body)


# ---------------------------------------------------------------------------------------- 12
def social_case(m):
    r, fr = m.rng, m.lang == "fr"
    sw = S("cormier")
    derm = S(r.choice(["aubin", "vachon", "weiss"]))
    kind = r.choice(["child", "shelter", "housing", "income"])
    if kind == "shelter":
        p = _patient(m, 0.4, min_age=20, max_age=80)
        if p.sex != "F":
            kind = "housing"
    elif kind == "child":
        p = _patient(m, 0.6, min_age=0, max_age=12)
        if p.age >= 18:
            p = m.C.new_patient(r, "fr", 0, 0)
    else:
        p = _patient(m, 0.4, min_age=20, max_age=80)
    il = "elle" if p.sex == "F" else "il"
    m.category = "social_work_note"
    m.note = "social worker exchange about a patient's social situation" if not fr else "échange avec la travailleuse sociale sur la situation sociale d'un patient"
    m.t("social_information", "diagnosis")
    idb = _idblock(m, p)
    if kind == "child":
        key = r.choice(["gale", "da_ped", "molluscum"])
        txt = ((f"Suivi de l'enfant vu hier en clinique ({DXK[key][1]}). Ecchymoses d'âges différents aux avant-bras notées par la Dre {derm.surname}. "
                "Un signalement à la DPJ a été fait ce matin; l'intervenante de garde demande une copie de la note de consultation. "
                "La mère est au courant. Ne pas remettre de documents au père (ordonnance de non-contact).") if fr else
               (f"Follow-up on the child seen yesterday ({DXK[key][2]}). Bruises of different ages on the forearms were noted by Dr. {derm.surname}. "
                "A report was made to child protection (DPJ) this morning; the on-call worker is asking for a copy of the consult note. "
                "Mother is aware. Do not release documents to the father (no-contact order)."))
    elif kind == "shelter":
        key = r.choice(["gale", "ulcere", "pso"])
        txt = ((f"Patiente hébergée en maison d'aide pour femmes victimes de violence conjugale depuis 3 semaines. {DXK[key][1].capitalize()} "
                "— le traitement doit être livré à la maison d'hébergement, pas au domicile. Adresse confidentielle : passer par moi.") if fr else
               (f"Patient has been staying at a shelter for women leaving intimate partner violence for 3 weeks. {DXK[key][2].capitalize()} — "
                "medication must be delivered to the shelter, not to the home address. Confidential address: go through me."))
    elif kind == "housing":
        key = r.choice(["ulcere", "pso", "gale"])
        hard = {"ulcere": ("impossible de garder les pansements propres", "cannot keep dressings clean"),
                "gale": ("impossible de laver la literie et les vêtements comme prescrit", "no way to wash bedding and clothes as instructed"),
                "pso": ("impossible d'appliquer les crèmes deux fois par jour au refuge", "cannot apply creams twice a day at the shelter")}[key]
        txt = ((f"{'Patiente' if p.sex == 'F' else 'Patient'} en situation d'itinérance, dort au refuge du centre-ville. {DXK[key][1].capitalize()}; {hard[0]}. "
                "Demande de logement supervisé en cours, pourriez-vous fournir une lettre médicale?") if fr else
               (f"Patient is homeless and sleeping at the downtown shelter. {DXK[key][2].capitalize()}; {hard[1]}. "
                "Supportive housing application in progress - could you provide a medical letter?"))
    else:
        key = r.choice(["pso", "hs", "da"])
        drug = biologic(r, key, m.lang)
        m.t("medication")
        txt = ((f"{'La patiente' if p.sex == 'F' else 'Le patient'} a perdu son emploi et son assurance collective; {il} est maintenant prestataire de l'aide sociale. "
                f"{DXK[key][1].capitalize()} sous {drug}: il faut transférer la couverture vers la RAMQ avant la prochaine dose.") if fr else
               (f"Patient lost {'her' if p.sex == 'F' else 'his'} job and group insurance and is now on income support. {DXK[key][2].capitalize()} on {drug}: "
                "coverage must be moved to the public plan before the next dose."))
    if fr:
        body = f"Bonjour {derm.dear('fr')},\n\n{idb}\n\n{txt}\n\nJe reste disponible,\n\n{signature(sw, 'fr', r)}"
        subj = r.choice(["Suivi psychosocial", "Situation sociale - patient commun", "Confidentiel - suivi TS"])
    else:
        body = f"Hello {derm.dear('en')},\n\n{idb}\n\n{txt}\n\nLet me know,\n\n{signature(sw, 'en', r)}"
        subj = r.choice(["Psychosocial follow-up", "Social situation - shared patient", "Confidential - SW follow-up"])
    if r.random() < 0.5:
        return m.render(derm, [sw], "RE: " + subj,
                        ("Merci Valérie, je t'envoie la note cet après-midi." if fr else "Thanks Valérie, I'll send the note this afternoon.")
                        + "\n\n" + derm.given + "\n\n" + m.quote(body, sw, m.earlier(2, 30), to=[derm.full], subject=subj), reply=True)
    return m.render(sw, [derm], subj, body)


TEMPLATES = [tele_referral, tele_answer, pathology, biologic_request, photo_roster, pharmacy_rx,
             isotretinoin_followup, mohs_booking, consult_census, transport_request, insurer_form, social_case]
