"""Positive scenarios, part B: file names, sign-out lists, ZIP call-back
lists, out-of-province / foreign patients, discharge summaries as attached
.eml, transport requests, vCards, SAAQ/CNESST forms, MRN-only lab alerts,
hospital census in HTML, quick notes."""
import datetime
import html

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
import gen_text as T
from gen_pos_common import Pos


def _L(lang):
    return lambda fr, en: fr if lang == "fr" else en


# ------------------------------------------------------------------ 11
def filename_only(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    clin = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner", "médecin", "physician")
    md = T.staff_by_kw(rng, lang, "médecin", "physician", exclude=(clin["surname"],))
    pat = P.main_patient(min_age=40)
    P.t("patient_name")
    d = ctx["when"].date()
    kind = rng.choice(["ECG", "spiro", "holter"])
    if ident:
        idv = P.ident_value(pat, style="plain")
        fname = f"{kind}_{pat['surname'].upper()}_{pat['given']}_{idv}_{d.isoformat()}.pdf"
        if ident == "nam":
            P.t("date_of_birth")
            fname = f"{kind}_{pat['surname'].upper()}_{pat['given']}_{pat['sex']}_{pat['dob'].strftime('%Y%m%d')}_{idv}.pdf"
    else:
        fname = rng.choice([f"{kind}_{pat['surname']}_{pat['given']}_{d.isoformat()}.pdf",
                            f"{kind} {pat['given'][0]}.{pat['surname']} {d.strftime('%d-%m-%Y')}.pdf",
                            f"{d.strftime('%Y%m%d')}_{kind.lower()}_{T.slug(pat['surname'])}_{T.slug(pat['given'])}.pdf"])
    P.t("diagnosis")
    if kind == "ECG":
        finding = L("FA rapide à 132/min, pas de sus-ST. Nouvelle FA.", "AF with RVR at 132 bpm, no ST elevation. New-onset AF.")
        body = L(f"{md['given']}, voici l'ECG fait ce matin au SRV. {finding} Je l'ai dirigé vers l'urgence du CH, "
                 "peux-tu jeter un œil et me rappeler?", f"{md['given']}, here is the ECG done at the walk-in this morning. {finding} "
                 "I sent the patient to the ER; could you have a look and call me?")
    elif kind == "spiro":
        P.t("lab_result")
        finding = L("VEMS/CVF 0,58, VEMS 54 % prédit post-BD : MPOC modérée (GOLD 2).",
                    "FEV1/FVC 0.58, FEV1 54% predicted post-BD: moderate COPD (GOLD 2).")
        body = L(f"Bonjour {md['given']},\n\nRésultat de spirométrie en pièce jointe. {finding} À discuter au prochain suivi.",
                 f"Hi {md['given']},\n\nSpirometry attached. {finding} To discuss at next follow-up.")
    else:
        finding = L("Pauses sinusales jusqu'à 3,4 s la nuit, symptomatique (lipothymies).",
                    "Sinus pauses up to 3.4 s at night, symptomatic (presyncope).")
        body = L(f"Holter reçu du CH : {finding} Référence en cardio à faire?", f"Holter back from the hospital: {finding} Cardiology referral?")
    pdf = A.make_pdf(L("Rapport d'examen", "Test report") + f" — {kind}",
                     [L("Date de l'examen : ", "Date of test: ") + d.isoformat(), L("Interprétation : ", "Interpretation: ") + finding,
                      L("Demandé par : ", "Ordered by: ") + f"{clin['given'][0]}. {clin['surname']}"])
    text = body + "\n\n" + clin["given"]
    return P.spec(category="examen_fichier" if lang == "fr" else "test_attachment",
                  note=L("examen joint, patient nommé seulement dans le nom du fichier",
                         "test report attached, patient named only in the file name"),
                  frm=T.na(clin, lang), to=[T.na(md, lang)],
                  subject=rng.choice([kind, L(f"{kind} à revoir", f"{kind} to review"), L("pour toi", "for you")]),
                  text=text, attachments=[{"filename": fname, "ctype": "application/pdf", "data": pdf}])


# ------------------------------------------------------------------ 12
def signout_list(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    a = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner", "médecin", "physician", "resident", "résidente")
    b = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner", "médecin", "physician", exclude=(a["surname"],))
    n = rng.randint(3, 5)
    lines = []
    P.t("diagnosis")
    for k in range(n):
        p = P.main_patient() if k == 0 else P.patient()
        if p.get("holder"):
            nm = f"{p['surname'].upper()}, {p['given']} ({p['sex']}, {P.dob(p, 'iso')})"
            P.t("patient_name")
        else:
            nm = P.name(p, ["upper_comma", "sur_init", "comma", "lower", "initial"])
        room = L(f"Salle {rng.randint(1, 8)}", f"Room {rng.randint(1, 8)}") if rng.random() < 0.6 else \
            L(f"Civière {rng.randint(1, 4)}", f"Stretcher {rng.randint(1, 4)}")
        dx = P.dx(p, acute=True)
        todo = rng.choice([
            L("attend résultat FSC/CRP, rappeler ce soir", "awaiting CBC/CRP, call back tonight"),
            L("revoir dans 48 h", "recheck in 48 h"),
            L("si pas mieux dans 72 h -> revoir au SRV", "if not better in 72 h -> back to walk-in"),
            L("si fièvre persiste -> urgence", "if fever persists -> ER"),
            L("billet d'absence remis", "sick note given"),
        ])
        if "pneumo" in dx:
            todo = L("radio pulm faite, lecture à suivre", "CXR done, awaiting report")
        extra = ""
        if ident and k == 0 and ident != "nam":
            extra = f" #{P.ident_value(p)}"
        elif ident == "nam" and k == 0:
            extra = f" {P.ident_label()} {P.ident_value(p)}"
        elif ident == "mrn":
            extra = f" #{P.ident_value(p, 'mrn')}"
        rx = ""
        if rng.random() < 0.6 and (p["acute"][2] if lang == "fr" else p["acute"][3]):
            rx = " — " + P.acute_rx(p)
        lines.append(f"{room} — {nm}{extra} — {dx}{rx} — {todo}")
    if rng.random() < 0.4:
        nmx, val, unit, rg = P.lab(which=rng.choice(D.ACUTE_LABS))
        lines.append(L(f"NB : {lines[0].split(' — ')[1]} : {nmx} {val} {unit} reçu à 16 h.",
                       f"NB: {lines[0].split(' — ')[1]}: {nmx} {val} {unit} came back at 4 pm."))
    text = L(f"Salut {b['given']},\n\nPassation du SRV pour ce soir :\n\n", f"Hi {b['given']},\n\nWalk-in handover for tonight:\n\n") + \
        "\n".join(lines) + "\n\n" + L("Bonne soirée,\n", "Have a good evening,\n") + a["given"]
    return P.spec(category="passation" if lang == "fr" else "signout",
                  note=L("liste de passation du sans rendez-vous", "walk-in sign-out list"),
                  frm=T.na(a, lang), to=[T.na(b, lang)],
                  subject=rng.choice([L("Passation SRV", "Walk-in sign-out"), L("passation ce soir", "handover tonight"), "sign-out"]),
                  text=text, body_mode=rng.choice(["plain", "alt", None]))


# ------------------------------------------------------------------ 13
def zip_callbacks(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    nurse = T.staff_by_kw(rng, lang, "infirmière", "clinical nurse", "LPN", "auxiliaire")
    desk = T.staff_by_kw(rng, lang, "accueil", "front desk", "secrétaire", "medical secretary")
    head = [L("nom", "name"), L("ddn", "dob"), L("sexe", "sex"), L("telephone", "phone"), L("resultat", "result"), "action"]
    if ident:
        head.insert(0, {"nam": "nam", "mrn": L("dossier", "chart"), "ohn": "ohip"}.get(ident, ident))
    rows = [head]
    for k in range(rng.randint(4, 7)):
        p = P.main_patient() if k == 0 or (ident == "nam" and k < 2) else P.patient()
        P.t("patient_name", "date_of_birth", "patient_contact")
        nmx, val, unit, rg = P.lab()
        r = [f"{p['surname'].upper()} {p['given']}", p["dob"].isoformat(), p["sex"], p["phone"], f"{nmx} {val} {unit}".strip(),
             rng.choice([L("RV IPS", "NP appt"), L("reprendre labo", "repeat labs"), L("RV IPS 2 sem", "NP appt 2 wks"),
                         L("RV md urgent", "urgent MD appt")])]
        if ident:
            if ident == "nam":
                r.insert(0, P.ident_value(p, "nam", "plain") if p.get("holder") else "")
            elif ident == "ohn":
                r.insert(0, P.ident_value(p, "ohn", "plain") if k == 0 else "")
            else:
                r.insert(0, P.ident_value(p, ident, "plain"))
        rows.append(r)
    delim = rng.choice([",", ";"])
    csvtxt = A.make_csv(rows, delim)
    readme = L("Liste générée par l'infirmière. Supprimer après les appels.\n",
               "List prepared by nursing. Delete once calls are done.\n")
    wk = ctx["when"].isocalendar()[1]
    inner = L(f"rappels_sem{wk}.csv", f"callbacks_wk{wk}.csv")
    zipdata = A.make_zip([(inner, csvtxt.encode("utf-8")), (L("lisez-moi.txt", "readme.txt"), readme.encode("utf-8"))])
    text = L(f"{desk['given']},\n\nVoici le fichier des rappels de la semaine {wk} (compressé). "
             "Les résultats ont été revus par l'IPS.\n\n", f"{desk['given']},\n\nHere is the week {wk} call-back file (zipped). "
             "Results have been reviewed by the NP.\n\n") + T.signature(nurse, lang, rng, False)
    return P.spec(category="rappels_zip" if lang == "fr" else "callbacks_zip",
                  note=L("liste de rappels en CSV dans un ZIP", "call-back list as CSV inside a ZIP"),
                  frm=T.na(nurse, lang), to=[T.na(desk, lang)],
                  subject=L(f"Rappels semaine {wk}", f"Call-backs week {wk}"), text=text,
                  attachments=[{"filename": L(f"rappels_semaine_{wk}.zip", f"callbacks_week_{wk}.zip"),
                                "ctype": "application/zip", "data": zipdata}])


# ------------------------------------------------------------------ 14
def foreign_patient(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    desk = T.staff_by_kw(rng, lang, "accueil", "front desk")
    mgr = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager", "directeur", "administrative director")
    pat = P.main_patient(min_age=19, max_age=35) if ident in ("nir", "niss") else P.main_patient(min_age=2, max_age=80)
    fem = pat["sex"] == "F"
    country = {"nir": L("française" if fem else "français", "French"), "niss": L("belge", "Belgian"),
               "ohn": L("ontarien", "Ontario"), "nam": L("québécois", "Quebec")}.get(ident, "")
    e_ = "e" if fem else ""
    nm = P.name(pat, ["full", "upper_comma", "title"] if not pat.get("holder") else None)
    idv = P.ident_value(pat)
    dob = P.dob(pat)
    dx = P.dx(pat, acute=True)
    if ident == "ohn":
        situation = L(f"Patient{e_} {country}{e_} de passage (chalet), vu{e_} au SRV pour {dx}. Carte Santé Ontario : {idv}, DDN {dob}. "
                      "Il faut facturer hors province — formulaire de facturation réciproque?",
                      f"Out-of-province patient (Ontario, at the cottage) seen at the walk-in for {dx}. Ontario health card: {idv}, DOB {dob}. "
                      "We need to bill out-of-province - reciprocal billing form?")
    elif ident == "nam":
        situation = L(f"Patient{e_} vu{e_} au SRV pour {dx}, carte expirée depuis mars. NAM {idv}, DDN {dob}, sexe {P.sex(pat)}. "
                      "On facture quand même ou on demande un paiement?", f"Patient seen at walk-in for {dx}, card expired since March. "
                      f"RAMQ {idv}, DOB {dob}, sex {P.sex(pat)}. Do we bill anyway or ask for payment?")
    else:
        situation = L(f"Étudiant{e_} {country} en échange, vu{e_} au SRV pour {dx}. Pas encore de carte RAMQ. "
                      f"{P.ident_label()} : {idv}, DDN {dob}. A présenté le formulaire de l'entente de sécurité sociale — on le garde en copie?",
                      f"{country} exchange student seen at the walk-in for {dx}. No RAMQ card yet. "
                      f"{P.ident_label()}: {idv}, DOB {dob}. Showed the social security agreement form - do we keep a copy?")
    if rng.random() < 0.7 and (pat["acute"][2] if lang == "fr" else pat["acute"][3]):
        rx = P.acute_rx(pat)
        situation += L(f" Rx : {rx}.", f" Rx: {rx}.")
    text = L(f"Bonjour {mgr['given']},\n\nQuestion de facturation pour {nm} :\n\n{situation}\n\nMerci de me guider.\n{desk['given']}",
             f"Hi {mgr['given']},\n\nBilling question about {nm}:\n\n{situation}\n\nPlease advise.\n{desk['given']}")
    return P.spec(category="facturation_hors_quebec" if lang == "fr" else "out_of_province_billing",
                  note=L("question de facturation pour un patient sans couverture RAMQ", "billing question for a patient without RAMQ coverage"),
                  frm=T.na(desk, lang), to=[T.na(mgr, lang)],
                  subject=rng.choice([L("Facturation - patient hors Québec", "Billing - out-of-province patient"),
                                      L("Question facturation SRV", "Walk-in billing question")]), text=text)


# ------------------------------------------------------------------ 15
def discharge_eml(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    sec = T.staff_by_kw(rng, lang, "secrétaire", "medical secretary")
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    hosp = rng.choice(D.HOSPITALS)
    pat = P.main_patient(min_age=50)
    pat["cond"] = rng.choice([c for c in D.CONDITIONS if c["admit"]])
    idl = P.id_block(pat, "lines")
    if ident != "mrn":
        idl.append(f"{L('No dossier CH', 'Hospital chart')} : {P.ident_value(pat, 'mrn')}")
    adm = I.add_days(ctx["when"].date(), -rng.randint(6, 15))
    dis = I.add_days(adm, rng.randint(2, 6))
    dx = P.dx(pat)
    meds = P.meds(pat)
    nm, val, unit, rg = P.lab_for(pat)
    summ = L(
        f"RÉSUMÉ DE DÉPART\n\n" + "\n".join(idl) + f"\nAdmission : {adm.isoformat()}   Départ : {dis.isoformat()}\n\n"
        f"Diagnostic principal : {dx} — décompensation aiguë\nÉvolution : favorable. {nm} au départ {val} {unit}.\n"
        f"Médication au départ :\n" + "\n".join("  - " + m for m in meds) +
        "\n\nSuivi : médecin de famille dans 7 à 10 jours, bilan sanguin avant la visite.\n",
        f"DISCHARGE SUMMARY\n\n" + "\n".join(idl) + f"\nAdmitted: {adm.isoformat()}   Discharged: {dis.isoformat()}\n\n"
        f"Principal diagnosis: exacerbation of {dx}\nCourse: good. {nm} at discharge {val} {unit}.\n"
        f"Discharge medications:\n" + "\n".join("  - " + m for m in meds) +
        "\n\nFollow-up: family physician in 7-10 days, bloodwork before the visit.\n")
    arch = (L("Archives médicales", "Health Records"), f"archives@{hosp[1]}")
    inner_spec = {"lang": lang, "from": arch, "to": [(D.ORG[lang]["short"], f"dossiers@{D.ORG[lang]['domain']}")],
                  "subject": L("Résumé de départ - transmission au médecin traitant", "Discharge summary - to family physician"),
                  "text": summ, "date": ctx["when"] - datetime.timedelta(days=1, hours=3),
                  "msgid": f"<{rng.randrange(16 ** 14):014x}@{hosp[1]}>", "body_mode": "plain"}
    inner = M.build(inner_spec, rng, "in%04d" % rng.randrange(10000), crlf=False)
    text = L(f"{T.title_of(md, lang)} {md['surname']},\n\nRésumé de départ reçu ce matin pour un(e) de vos patient(e)s, voir le courriel joint. "
             f"J'ai fixé un RV de suivi la semaine prochaine.\n\n{sec['given']}",
             f"Dr. {md['surname']},\n\nDischarge summary received this morning for one of your patients, see the attached e-mail. "
             f"I booked a follow-up next week.\n\n{sec['given']}")
    return P.spec(category="resume_depart" if lang == "fr" else "discharge_summary",
                  note=L("résumé de départ transmis en courriel joint", "discharge summary as attached e-mail"),
                  frm=T.na(sec, lang), to=[T.na(md, lang)],
                  subject=L("TR: Résumé de départ", "FW: Discharge summary"), text=text,
                  attachments=[{"filename": L("Résumé de départ.eml", "Discharge summary.eml"), "ctype": "message/rfc822", "eml": inner}])


# ------------------------------------------------------------------ 16
def transport_request(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    sec = T.staff_by_kw(rng, lang, "secrétaire", "medical secretary", "accueil", "front desk")
    pat = P.main_patient(min_age=70)
    nm = P.name(pat, ["title", "full", "upper_comma"] if not pat.get("holder") else ["title", "full", "upper_comma"])
    adr = P.address(pat)
    tel = P.phone(pat)
    d = I.add_days(ctx["when"].date(), rng.randint(3, 14))
    P.t("social_information", "diagnosis")
    cond = L(rng.choice(["en fauteuil roulant depuis son AVC", "oxygène à domicile (MPOC)", "hémiparésie droite, marchette"]),
             rng.choice(["wheelchair user since a stroke", "on home oxygen (COPD)", "right hemiparesis, uses a walker"]))
    soc = L(rng.choice(["vit seul(e), aucun proche disponible", "en résidence, revenu de la pension seulement"]),
            rng.choice(["lives alone, no family available", "in a seniors' residence, pension income only"]))
    idtxt = ""
    if P.ident == "nam":
        idtxt = L(f"\nDDN : {P.dob(pat)}  Sexe : {P.sex(pat)}  NAM : {P.ident_value(pat)}", f"\nDOB: {P.dob(pat)}  Sex: {P.sex(pat)}  RAMQ: {P.ident_value(pat)}")
    elif P.ident:
        idtxt = f"\n{P.ident_label()}: {P.ident_value(pat)}"
    text = L(f"Bonjour,\n\nDemande de transport adapté pour {nm}{idtxt}\nAdresse : {adr}\nTél. : {tel}\n"
             f"Rendez-vous : {I.fmt_date(d, lang, 'long')} à 10 h 30 au GMF (bilan et suivi)\n"
             f"Particularités : {cond}; {soc}.\n\nMerci de confirmer l'heure de prise en charge.\n\n",
             f"Hello,\n\nAdapted transport request for {nm}{idtxt}\nAddress: {adr}\nPhone: {tel}\n"
             f"Appointment: {I.fmt_date(d, lang, 'long')} at 10:30 am at the GMF (assessment and follow-up)\n"
             f"Notes: {cond}; {soc}.\n\nPlease confirm the pick-up time.\n\n") + T.signature(sec, lang, rng, True)
    return P.spec(category="transport" if lang == "fr" else "transport_request",
                  note=L("demande de transport adapté", "adapted transport request"),
                  frm=T.na(sec, lang), to=[(L("Transport adapté des Monts", "Mountain Adapted Transit"), "reservations@transport-adapte.example")],
                  subject=L("Demande de transport adapté", "Adapted transport booking"), text=text)


# ------------------------------------------------------------------ 17
def vcard_patient(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    np_ = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner")
    desk = T.staff_by_kw(rng, lang, "accueil", "front desk", "secrétaire", "medical secretary")
    pat = P.main_patient(min_age=18)
    P.t("patient_name", "patient_contact")
    k = rng.randrange(3) if pat["sex"] == "F" else rng.choice([0, 2])
    note = L([f"Résultat biopsie à donner en personne (carcinome basocellulaire). Préfère être {'appelée' if pat['sex'] == 'F' else 'appelé'} après 16 h.",
              "Test de grossesse positif (bêta-hCG 1 240 UI/L), veut en parler avec l'IPS seulement. Ne pas laisser de message.",
              "Culture de gorge positive (strep A). Rappeler pour antibiotique."][k],
             ["Biopsy result to be given in person (basal cell carcinoma). Prefers calls after 4 pm.",
              "Positive pregnancy test (beta-hCG 1240 IU/L), wants to discuss with the NP only. Do not leave a message.",
              "Throat culture positive (group A strep). Call back for antibiotics."][k])
    P.t(*[["diagnosis"], ["lab_result"], ["lab_result", "diagnosis"]][k])
    bday = None
    if ident == "nam":
        note += f" NAM {P.ident_value(pat, style='plain')} / {P.sex(pat)}"
        bday = pat["dob"].isoformat()
        P.t("date_of_birth")
    elif ident:
        note += f" {P.ident_label()} {P.ident_value(pat)}"
    vcf = A.make_vcard(pat["given"], pat["surname"], tel=pat["phone"], tel_type=rng.choice(["HOME", "CELL"]),
                       adr=(pat["street"], pat["town"], "QC", pat["postal"]), note=note, bday=bday)
    fname = f"{pat['given']} {pat['surname']}.vcf" if rng.random() < 0.6 else "contact.vcf"
    text = L(f"{np_['given']}, voici la fiche contact {'de la patiente' if pat['sex'] == 'F' else 'du patient'} pour ton rappel (coordonnées mises à jour ce matin).\n\n{desk['given']}",
             f"{np_['given']}, here is the contact card for your call-back (details updated this morning).\n\n{desk['given']}")
    return P.spec(category="fiche_contact" if lang == "fr" else "contact_card",
                  note=L("vCard de patient avec note clinique", "patient vCard with clinical note"),
                  frm=T.na(desk, lang), to=[T.na(np_, lang)], subject=L("Coordonnées pour rappel", "Contact for call-back"),
                  text=text, attachments=[{"filename": fname, "ctype": "text/vcard", "text": vcf}])


# ------------------------------------------------------------------ 18
def saaq_cnesst(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    sec = T.staff_by_kw(rng, lang, "secrétaire", "medical secretary")
    pat = P.main_patient(min_age=18, max_age=75)
    kind = rng.choice(["saaq", "cnesst"])
    idl = P.id_block(pat, "lines")
    if kind == "saaq":
        P.t("diagnosis", "medication")
        body = [L("Rapport d'examen médical — conduite d'un véhicule routier", "Medical examination report — driving fitness"),
                L("Condition : diabète traité à l'insuline (Lantus 22 U hs + Humalog selon échelle). "
                  "Aucune hypoglycémie sévère dans les 12 derniers mois.",
                  "Condition: insulin-treated diabetes (Lantus 22 U hs + Humalog sliding scale). "
                  "No severe hypoglycemia in the last 12 months."),
                L("Avis : apte à conduire classe 5, réévaluation dans 2 ans.", "Opinion: fit to drive class 5, reassess in 2 years.")]
        title = L("Rapport médical SAAQ", "SAAQ medical report")
        what = L("le rapport médical SAAQ signé", "the SAAQ medical report signed")
        to = ("SAAQ - Service de l'évaluation médicale", "evaluation.medicale@saaq-demo.example")
    else:
        P.t("diagnosis")
        acc = I.add_days(ctx["when"].date(), -rng.randint(3, 20))
        body = [L(f"Attestation médicale — accident du travail du {acc.isoformat()}", f"Medical certificate — work accident of {acc.isoformat()}"),
                L("Diagnostic : entorse lombaire, contracture paravertébrale; pas de signe neurologique.",
                  "Diagnosis: lumbar sprain, paravertebral spasm; no neurological signs."),
                L("Assignation temporaire : travaux légers, pas de charge > 5 kg, 4 semaines. Physiothérapie.",
                  "Temporary assignment: light duties, no lifting > 5 kg, 4 weeks. Physiotherapy.")]
        title = L("Attestation médicale CNESST", "CNESST medical certificate")
        what = L("l'attestation médicale CNESST signée", "the CNESST medical certificate signed")
        to = ("CNESST - Réception des documents", "documents@cnesst-demo.example")
    pdf = A.make_pdf(title, ["\n".join(idl)] + body + [L("Médecin : ", "Physician: ") + f"{md['given']} {md['surname']}"])
    fname = rng.choice([f"{kind.upper()}_{T.slug(pat['surname'])}.pdf", f"{title}.pdf", f"{kind}_{ctx['when'].strftime('%Y%m%d')}.pdf"])
    text = L(f"Bonjour,\n\nCi-joint {what} par {T.title_of(md, lang)} {md['surname']}.\n\n",
             f"Hello,\n\nPlease find attached {what} by Dr. {md['surname']}.\n\n") + T.signature(sec, lang, rng, True)
    return P.spec(category=kind, note=L("formulaire gouvernemental rempli (PDF)", "completed government form (PDF)"),
                  frm=T.na(sec, lang), to=[to], subject=title, text=text,
                  attachments=[{"filename": fname, "ctype": "application/pdf", "data": pdf}])


# ------------------------------------------------------------------ 19
def mrn_lab_alert(ctx, lang, ident):
    P = Pos(ctx, lang, "mrn")
    rng, L = P.rng, _L(lang)
    lab = rng.choice(D.LABS)
    md = T.staff_by_kw(rng, lang, "médecin", "physician", "IPS", "nurse practitioner")
    pat = P.patient()
    mrn = P.ident_value(pat, "mrn")
    nm, val, unit, rg = P.lab(which=rng.choice([t for t in D.LABS_TESTS if t[0] in ("Potassium", "INR", "Hémoglobine", "Créatinine")]))
    when = ctx["when"] - datetime.timedelta(hours=2)
    lines = [L("VALEUR CRITIQUE — AVIS AUTOMATIQUE", "CRITICAL VALUE — AUTOMATED NOTICE"),
             "",
             f"{L('Dossier', 'MRN')}: {mrn}",
             f"{L('Prélevé', 'Collected')}: {when.strftime('%Y-%m-%d %H:%M')}",
             f"{L('Analyse', 'Test')}: {nm}",
             f"{L('Résultat', 'Result')}: {val} {unit}   ({L('N', 'ref')} {rg})  ***",
             f"{L('Prescripteur', 'Ordering')}: {T.title_of(md, lang)} {md['surname']}",
             "",
             L("Communiqué par téléphone au GMF à ", "Phoned to the GMF at ") + (when + datetime.timedelta(minutes=35)).strftime("%H:%M"),
             L("Ne pas répondre à ce courriel.", "Do not reply to this e-mail.")]
    if rng.random() < 0.5:
        P.t("date_of_birth")
        lines.insert(3, f"{L('DDN', 'DOB')}: {P.dob(pat, 'iso')}")
    return P.spec(category="valeur_critique" if lang == "fr" else "critical_value",
                  note=L("avis de valeur critique identifié par numéro de dossier", "critical lab value identified by chart number"),
                  frm=(lab[0], f"no-reply@{lab[1]}"), to=[T.na(md, lang)],
                  subject=L(f"Valeur critique - dossier {mrn}", f"Critical value - MRN {mrn}"), text="\n".join(lines),
                  body_mode="plain")


# ------------------------------------------------------------------ 20
def census_html(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    hosp = rng.choice(D.HOSPITALS)
    rows = []
    P.t("patient_name", "diagnosis")
    for k in range(rng.randint(4, 7)):
        p = P.main_patient() if (k == 0 or (ident == "nam" and k < 3)) else P.patient(min_age=55)
        room = f"{rng.choice(['3', '4', '5'])}{rng.choice('ABCDE')}-{rng.randint(1, 24):02d}"
        nm = f"{p['surname'].upper()}, {p['given']}" if rng.random() < 0.6 or p.get("holder") else f"{p['given'][0]}. {p['surname']}"
        idc = ""
        if ident == "nam" and p.get("holder"):
            idc = f"{P.ident_value(p, 'nam', 'space')} ({p['sex']}, {P.dob(p, 'iso')})"
        elif ident == "mrn" or (ident and k == 0):
            idc = P.ident_value(p) if ident != "nam" else ""
        adm = rng.choice(D.ADMISSIONS)
        dx = adm[0] if lang == "fr" else adm[1]
        st = rng.choice(adm[2])
        status = st[0] if lang == "fr" else st[1]
        if st[2]:
            P.t("medication")
        rows.append((room, nm, idc, dx, status))
    th = [L("Chambre", "Room"), L("Patient", "Patient"), L("Identifiant", "Identifier"), L("Problème", "Problem"), L("Statut", "Status")]
    htm = ['<html><body style="font-family:Arial,sans-serif;font-size:10pt">',
           "<p>" + html.escape(L(f"Bonjour {md['given']},", f"Hi {md['given']},")) + "</p>",
           "<p>" + html.escape(L(f"Voici la liste des patients du GMF hospitalisés au {hosp[0]} ce matin :",
                                 f"Here is this morning's list of GMF patients admitted at {hosp[0]}:")) + "</p>",
           '<table border="1" cellpadding="3" cellspacing="0">',
           "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in th) + "</tr>"]
    for r in rows:
        htm.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
    htm += ["</table>", "<p>" + html.escape(L("Bonne tournée.", "Have a good round.")) + "</p>",
            "<p>" + html.escape(L("Liaison GMF-CH", "GMF-hospital liaison")) + "<br>" + html.escape(hosp[0]) + "</p>", "</body></html>"]
    plain = L(f"Bonjour {md['given']},\n\nListe des patients hospitalisés :\n\n", f"Hi {md['given']},\n\nAdmitted patients:\n\n") + \
        "\n".join(" | ".join(c for c in r if c) for r in rows) + "\n"
    return P.spec(category="recensement" if lang == "fr" else "census",
                  note=L("liste des patients hospitalisés en tableau HTML", "inpatient census as HTML table"),
                  frm=(L("Liaison GMF", "GMF liaison"), f"liaison@{hosp[1]}"), to=[T.na(md, lang)],
                  subject=L(f"Patients hospitalisés - {ctx['when'].date().isoformat()}", f"Inpatient census - {ctx['when'].date().isoformat()}"),
                  text=plain, html="\n".join(htm) + "\n", body_mode=rng.choice(["html", "alt"]))


# ------------------------------------------------------------------ 21
def quick_note(ctx, lang, ident):
    P = Pos(ctx, lang, ident)
    rng, L = P.rng, _L(lang)
    a = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner", "médecin", "physician", "résidente", "resident")
    b = T.staff_by_kw(rng, lang, "médecin", "physician", exclude=(a["surname"],))
    pat = P.main_patient()
    nm = P.name(pat, ["lower", "title_sur", "initial", "title"] if not pat.get("holder") else ["lower", "title"])
    dx = P.dx(pat)
    idtxt = ""
    if P.ident == "nam":
        idtxt = f" ({P.dob(pat, 'iso')}, {P.sex(pat)}, {P.ident_value(pat, style='lower')})"
    elif P.ident:
        idtxt = f" ({P.ident_value(pat)})"
    fem = pat["sex"] == "F"
    ideas = [L(f"vu {nm}{idtxt} ce matin pour suivi {dx}, pas à la cible. j'ai ajusté la médication et je "
               f"{'la' if fem else 'le'} revois dans 2 sem. tu veux que je te {'la' if fem else 'le'} transfère pour le suivi?",
               f"saw {nm}{idtxt} this am for {dx} f/u, not at target. adjusted meds, seeing them again in 2 wks. "
               "want me to hand over the follow-up to you?"),
             L(f"petite note: {nm}{idtxt} a annulé son RV de suivi pour son {dx} pour la 3e fois. on fait quoi?",
               f"quick note: {nm}{idtxt} cancelled the follow-up for {dx} for the 3rd time. what do we do?")]
    text = rng.choice(ideas) + "\n\n" + a["given"][0].lower()
    if rng.random() < 0.5:
        m = P.meds(pat, 1)[0]
        text = text.replace(L("j'ai ajusté la médication", "adjusted meds"), L(f"j'ai ajusté {m}", f"adjusted {m}"))
        if m not in text:
            text += L(f"\n(prend {m})", f"\n(on {m})")
    return P.spec(category="note_rapide" if lang == "fr" else "quick_note",
                  note=L("note rapide entre collègues", "quick note between colleagues"),
                  frm=T.na(a, lang), to=[T.na(b, lang)], subject=rng.choice(["?", L("ton patient", "your patient"), L("suivi", "f/u"), ""]) or L("(sans objet)", "(no subject)"),
                  text=text, mailer=rng.choice(["iPhone Mail (21F90)", None]))


SCENARIOS = [
    ("filename_only", filename_only, [None, None, "mrn", "nam"]),
    ("signout_list", signout_list, ["mrn", "mrn", None, "nam"]),
    ("zip_callbacks", zip_callbacks, ["mrn", "nam", None, "ohn"]),
    ("foreign_patient", foreign_patient, ["nir", "niss", "ohn", "nam"]),
    ("discharge_eml", discharge_eml, ["mrn", "nam", None]),
    ("transport_request", transport_request, [None, "nam"]),
    ("vcard_patient", vcard_patient, [None, "nam", "mrn"]),
    ("saaq_cnesst", saaq_cnesst, ["nam", "sin", "sin", None]),
    ("mrn_lab_alert", mrn_lab_alert, ["mrn"]),
    ("census_html", census_html, ["nam", "mrn", None]),
    ("quick_note", quick_note, [None, "nam", "mrn"]),
]
