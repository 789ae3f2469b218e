"""Positive templates, part C: ZIP transfer packages, patient vCards, incident reviews, chart-number-only
alerts, name-only-in-subject notes, discharge summaries."""
import gen_docs as D
from gen_clinical import HOME_MEDS, ROUTINE, scenario_for
from gen_common import SITES, sig
from gen_pos_a import ident, pat
from gen_tpl import (A, M, O, T, ago, ahead, att, hello, hhmm, incident_no, short_d, short_dt, thanks,
                     transfer_no, unit_no)


# ------------------------------------------------------------------ P15
def zip_bundle(c):
    p = pat(c, nam_share=0.5)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    rn = c.w.staff(c.pick(["infirmière de liaison", "infirmière coordonnatrice"]), c.lang)
    icu = c.w.staff(c.pick(["infirmière, soins intensifs", "intensiviste"]), c.lang)
    tno = transfer_no(c)
    summary = [("h", T(c, "Sommaire de transfert %s", "Transfer summary %s") % tno),
               ("pre", ident(c, p, mrn=True)),
               ("p", T(c, "Diagnostic : ", "Diagnosis: ") + c.dx(sc["dx"])),
               ("p", T(c, "Histoire : ", "History: ") + c.dx(sc["cc"]) + ". " + c.dx(sc["hx"]) + "."),
               ("p", T(c, "Signes vitaux au départ : ", "Vitals at departure: ") + c.lab(sc["vitals"])),
               ("p", T(c, "Résultats : ", "Results: ") + c.lab("; ".join(sc["labs"])))]
    docx = D.make_docx(summary, author=rn.plain, title=tno)
    med_rows = [[T(c, "médicament", "drug"), T(c, "dernière_dose", "last_dose"), T(c, "voie", "route")]]
    for m in sc["meds"]:
        route = next((r for r in ("IV", "IM", "SL", "PO", "IN", "SC") if " %s" % r in m), "neb" if "neb" in m or "nébul" in m else "—")
        med_rows.append([c.med(m), hhmm(ago(c, minutes=c.rng.randint(10, 200)), c.lang), route])
    csvb = D.make_csv(med_rows, delimiter=";")
    members = [(T(c, "sommaire_transfert.docx", "transfer_summary.docx"), docx),
               (T(c, "medication_administree.csv", "meds_given.csv"), csvb)]
    if c.rng.random() < 0.5:
        ecg = D.make_pdf([("h", "ECG 12 " + T(c, "dérivations", "lead")),
                          ("p", c.name(p, "SURFIRST") + " – " + c.mrn(p)),
                          ("p", c.lab(sc["labs"][0]))], title="ECG")
        members.append(("ECG.pdf", ecg))
    z = D.make_zip(members)
    fname = c.pick(["dossier_%s.zip" % tno, T(c, "transfert_%s.zip", "transfer_%s.zip") % c.name(p, "file")])
    body = "\n".join([hello(c, icu), "",
                      T(c, "Dossier de transfert compressé en pièce jointe (sommaire, médication, ECG au besoin). "
                           "Le patient quitte vers %s." % hhmm(ahead(c, minutes=45), "fr"),
                        "Zipped transfer package attached (summary, meds, ECG if available). Patient leaving around "
                        "%s." % hhmm(ahead(c, minutes=45))),
                      T(c, "Mot de passe habituel non requis, c'est interne.", "No password, internal only."),
                      "", sig(rn, c.lang)])
    return M(c, "transfer_package", T(c, "ZIP de transfert avec DOCX et CSV", "transfer ZIP with DOCX and CSV"),
             A(rn), [A(icu)], T(c, "Dossier de transfert %s", "Transfer package %s") % tno, body,
             atts=[att("zip", fname, z)])


# ------------------------------------------------------------------ P16
def vcard_contact(c):
    p = pat(c, kind="qc")
    r = c.pick(ROUTINE)
    clerk = c.w.staff("commis aux transports", c.lang)
    crew = c.w.staff("paramédic en soins primaires", c.lang)
    note = c.dx(r[c.lang]) + "; " + c.med(T(c, "O2 2 L à domicile", "home O2 2 L"))
    vcf = D.make_vcf(p.given, p.surname, tel=c.phone(p), tel_type="HOME", adr=c.address(p),
                     note=note, version=c.pick(["3.0", "4.0"]))
    c.name(p, "full")
    pick_t = ahead(c, days=1).replace(hour=6, minute=30)
    body = "\n".join([hello(c, crew), "",
                      T(c, "Fiche contact en pièce jointe pour la prise en charge de demain %s. Sonner deux fois, "
                           "la porte de côté est déverrouillée." % hhmm(pick_t, "fr"),
                        "Contact card attached for tomorrow's %s pick-up. Ring twice, side door is unlocked."
                        % hhmm(pick_t)),
                      T(c, "Retour prévu après le traitement.", "Return trip after treatment."), "", sig(clerk, c.lang)])
    fn = "%s %s.vcf" % (p.given, p.surname) if c.rng.random() < 0.6 else "contact.vcf"
    return M(c, "contact_card", T(c, "vCard du patient pour prise en charge", "patient vCard for pick-up"),
             A(clerk), [A(crew)], T(c, "Prise en charge demain %s", "Pick-up tomorrow %s") % hhmm(pick_t, c.lang),
             body, atts=[att("vcf", fn, vcf, rfc2231=c.rng.random() < 0.5)])


# ------------------------------------------------------------------ P17
def incident_review(c):
    p = pat(c, nam_share=0.35)
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["arrest", "stemi", "stroke", "sepsis", "trauma", "overdose", "seizure"])[c.lang]
    qa = c.w.staff("conseiller qualité", c.lang)
    md = c.w.staff("directeur médical", c.lang)
    inc = incident_no(c)
    t_call = ago(c, days=c.rng.randint(3, 15))
    e = "e" if p.sex == "F" else ""
    outcome = c.pick(T(c, ["admis%s aux soins intensifs" % e, "décédé%s à l'urgence" % e, "transféré%s au CUSML, évolution favorable" % e],
                       ["admitted to ICU", "died in the ED", "transferred to Mont-Lazare, doing well"]))
    import datetime as _dt
    mins = [0, c.rng.randint(2, 9), c.rng.randint(19, 31), c.rng.randint(44, 62)]
    evs = [T(c, "réception de l'appel", "call received"), T(c, "affectation", "unit assigned"),
           T(c, "arrivée sur les lieux", "on scene"), T(c, "arrivée CH", "at hospital")]
    t_list = [(hhmm(t_call + _dt.timedelta(minutes=m), c.lang), e) for m, e in zip(mins, evs)]
    lines = [hello(c, md), "",
             T(c, "Révision de l'événement %s (formulaire RE-14 déposé) :" % inc,
               "Review of event %s (form RE-14 filed):" % inc), "",
             (ident(c, p, mrn=False, sep=", ") if p.nam else T(c, "Patient : ", "Patient: ") +
                                                c.name(p, c.pick(["full", "title", "SURFIRST"])) + ", " +
                                                T(c, "%d ans" % p.age, "%d y/o" % p.age)),
             T(c, "Impression : ", "Impression: ") + c.dx(sc["dx"]),
             T(c, "Issue : ", "Outcome: ") + c.dx(outcome), ""]
    lines += ["  %s  %s" % tl for tl in t_list]
    lines += ["", T(c, "Le délai d'affectation s'explique par la fermeture temporaire du poste 3. Je recommande "
                       "de présenter le cas (anonymisé) au comité de décembre.",
                    "The delay is explained by station 3 being closed. I suggest presenting the case "
                    "(de-identified) at the next committee."), "", sig(qa, c.lang)]
    return M(c, "incident_review", T(c, "révision d'événement nominative", "named incident review"),
             A(qa), [A(md)], T(c, "Révision événement %s – confidentiel", "Event review %s - confidential") % inc,
             "\n".join(lines))


# ------------------------------------------------------------------ P18
ISO = [dict(fr="SARM (culture de plaie positive)", en="MRSA (wound culture positive)", lab=True),
       dict(fr="C. difficile toxine positive", en="C. difficile toxin positive", lab=True),
       dict(fr="tuberculose pulmonaire active suspectée, précautions aériennes", en="suspected active pulmonary TB, airborne precautions", lab=False),
       dict(fr="ERV en dépistage rectal", en="VRE on rectal screen", lab=True),
       dict(fr="influenza A confirmée (TAAN)", en="influenza A confirmed (NAAT)", lab=True),
       dict(fr="gale croûtée", en="crusted scabies", lab=False)]


def mrn_only(c):
    p = pat(c, kind="qc")
    iso = c.pick(ISO)
    ipc = c.w.staff(c.pick(["infirmière de liaison", "infirmière coordonnatrice"]), c.lang)
    ops = O(c.pick(["abe", "tmsa"]), c.lang)
    t = ahead(c, hours=c.rng.randint(1, 5))
    finding = c.lab(iso[c.lang]) if iso["lab"] else c.dx(iso[c.lang])
    c.dx("isolation")
    lines = [hello(c), "",
             T(c, "Transport de %s, dossier %s (chambre %d) : %s." % (hhmm(t, "fr"), c.mrn(p), c.rng.randint(100, 480), finding),
               "Re the %s transport, chart %s (room %d): %s." % (hhmm(t), c.mrn(p), c.rng.randint(100, 480), finding)),
             T(c, "Équipage : blouse, gants" + (", N95" if "TB" in iso["en"] else "") +
               ". Désinfection du véhicule au retour selon la procédure.",
               "Crew: gown and gloves" + (", N95" if "TB" in iso["en"] else "") +
               ". Decontaminate the unit afterwards per procedure."),
             "", sig(ipc, c.lang)]
    return M(c, "precautions", T(c, "alerte précautions avec numéro de dossier seulement",
                                 "isolation alert with chart number only"),
             A(ipc), [ops], T(c, "Précautions additionnelles – transport %s", "Additional precautions - %s transport")
             % hhmm(t, c.lang), "\n".join(lines))


# ------------------------------------------------------------------ P19
def subject_only(c):
    p = pat(c, kind="qc")
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["stemi", "pe", "gibleed", "hyperk", "sepsis", "dka"])[c.lang]
    md = c.w.staff("urgentologue", c.lang)
    cct = O("cct", c.lang)
    subj = c.pick([T(c, "Transfert %s – ANNULÉ", "Transfer %s - CANCELLED"), T(c, "Annulation : %s", "Cancel: %s"),
                   "%s"]) % c.name(p, c.pick(["SURFIRST", "caps", "surfirst", "SUR_ini"]))
    text = "\n".join([hello(c), "",
                      T(c, "On annule le transfert. Après discussion avec le spécialiste, on garde ici en médecine "
                           "interne (%s). Contrôle ce matin : %s. Vous pouvez libérer l'unité %s."
                        % (c.dx(sc["dx"]), c.lab(sc["labs"][-1]), unit_no(c)),
                        "Please cancel the transfer. After talking to the consultant we're keeping them here on "
                        "medicine (%s). Repeat this morning: %s. You can release unit %s."
                        % (c.dx(sc["dx"]), c.lab(sc["labs"][-1]), unit_no(c))),
                      "", md.full])
    return M(c, "cancellation", T(c, "annulation, nom seulement dans l'objet", "cancellation, name only in subject"),
             A(md), [cct], subj, text)


# ------------------------------------------------------------------ P20
def discharge_summary(c):
    p = pat(c, nam_share=0.5)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    md = c.w.staff(c.pick(["intensiviste", "urgentologue"]), c.lang)
    ref = c.w.staff("urgentologue", c.lang)
    t_in = ago(c, days=c.rng.randint(4, 12))
    fu = ahead(c, days=c.rng.randint(10, 30)).replace(hour=c.rng.choice([9, 10, 13, 14]), minute=c.pick([0, 15, 30]))
    meds = c.rng.sample(HOME_MEDS[c.lang], 3)
    blocks = [("h", T(c, "Résumé de départ – retour à l'établissement d'origine", "Discharge summary - return transfer")),
              ("pre", ident(c, p, mrn=True)),
              ("p", T(c, "Séjour du %s au %s." % (short_d(c, t_in), short_d(c, c.when)),
                      "Stay from %s to %s." % (short_d(c, t_in), short_d(c, c.when)))),
              ("p", T(c, "Diagnostic principal : ", "Primary diagnosis: ") + c.dx(sc["dx"])),
              ("p", T(c, "Évolution : ", "Course: ") + c.lab(sc["labs"][-1]) + ". " +
               T(c, "Traitement reçu : ", "Treatment: ") + c.med("; ".join(sc["meds"][:2])) + "."),
              ("p", T(c, "Médication au départ : ", "Discharge medications: ") + c.med(", ".join(meds))),
              ("p", T(c, "Suivi : clinique externe le %s." % short_dt(c, fu), "Follow-up: clinic on %s." % short_dt(c, fu))),
              ("p", c.social(T(c, "Congé : CLSC avisé, vit seul" + ("e" if p.sex == "F" else "") + ", aide à domicile 3 fois par semaine.",
                               "Discharge: home care notified, lives alone, home support 3 times a week.")))
              if c.rng.random() < 0.35 else ("sp", 4),
              ("p", md.full)]
    docx = D.make_docx(blocks, author=md.plain)
    fname = c.pick([T(c, "résumé_départ_%s.docx", "discharge_%s.docx") % c.name(p, "file"),
                    T(c, "résumé_de_départ.docx", "discharge_summary.docx")])
    body = "\n".join([hello(c, ref), "",
                      T(c, "Votre patient" + ("e" if p.sex == "F" else "") + " vous revient aujourd'hui par l'unité %s. "
                           "Résumé en pièce jointe." % unit_no(c),
                        "Your patient is coming back today with unit %s. Summary attached." % unit_no(c)),
                      "", thanks(c), sig(md, c.lang)])
    return M(c, "discharge_summary", T(c, "résumé de départ DOCX pour retour", "return-transfer discharge summary DOCX"),
             A(md), [A(ref)], T(c, "Retour de transfert – résumé", "Return transfer - summary"), body,
             atts=[att("docx", fname, docx, rfc2231=True)])


