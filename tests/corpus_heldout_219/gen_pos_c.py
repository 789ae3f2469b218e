"""Positive templates, part C: file-name only, out-of-province and foreign patients, social work,
device alerts, rehab attendance, paediatrics, income support, wait list."""
import gen_data as D
import gen_mime as M
from gen_common import (Att, addr_of, bullets, dr, ext_person, ext_sig, EXT_DOCS, il, le, quote,
                        fname_safe, his, him)

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def p_filename_only(c):
    fr = c.lang == "fr"
    p = c.patient()
    a, b = c.staff(c.pick(["ips", "pharm"])), c.staff(c.pick(["inf", "admin"]))
    c.add("patient_name")
    style = c.pick(["A", "B", "C"])
    base = {"A": f"{p.surname.upper()}_{p.given}", "B": f"{p.surname}, {p.given}", "C": f"{p.given[0]}.{p.surname}"}[style]
    meds = c.medlist(3)
    labs = c.labs(["k", "creat"])
    steps = [c.t(f"Semaine {i + 1} : ", f"Week {i + 1}: ") + m for i, m in enumerate(meds)]
    blocks = [("h", c.t("Plan de titration - clinique IC", "Titration plan - HF clinic")),
              ("p", c.t("Dernier bilan : ", "Last labs: ") + ", ".join(labs))] + [("p", s) for s in steps] + \
             [("p", c.t("Cible : doses maximales tolérées. Bilan aux 2 semaines.", "Target: maximally tolerated doses. Labs every 2 weeks."))]
    kind = c.pick(["docx", "pdf"])
    if kind == "docx":
        att = Att(f"{c.t('Plan_titration', 'Titration_plan')} {base}.docx", DOCX_T, M.make_docx(blocks), rfc2231=True)
    else:
        lines = [t for _, t in blocks]
        att = Att(f"{c.t('Plan titration', 'Titration plan')} - {base}.pdf", "application/pdf",
                  M.make_pdf(c.t("Plan de titration", "Titration plan"), lines), rfc2231=True)
    body = c.t(f"Bonjour {b.given},\n\nPlan à numériser au dossier, svp.\n\nMerci\n{a.given}",
               f"Hi {b.given},\n\nPlease scan this plan into the chart.\n\nThanks\n{a.given}")
    subj = c.t("Plan à numériser", "Plan to scan")
    data = M.compose(c, addr_of(a), addr_of(b), subj, body, atts=[att], fmt=c.pick(["plain", "html"]))
    return "filename_only", "patient named only in attachment file name", data


def p_ontario_transfer(c):
    fr = c.lang == "fr"
    p = c.patient(origin="on", lang="en")
    st = c.staff("cardio")
    ont = D.EXTERNAL["ont"]
    nm = c.name(p, c.pick(["upper", "full", "title"]))
    dob = c.dob(p)
    hc = c.ohip(p)
    dx, co = c.dx("hf"), c.comorb(2)
    meds = c.medlist(4)
    labs = c.labs(["bnp", "creat"])
    if fr:
        subj = "Transfert interprovincial - patient ontarien"
        body = (f"Bonjour,\n\nNous souhaitons transférer chez vous {nm} (DDN {dob}, carte Santé Ontario {hc}), "
                f"admis{'e' if p.sex == 'F' else ''} chez nous pendant un séjour au chalet.\n\nDx : {dx}. ATCD : {co}.\n"
                f"Rx actuelle :\n{bullets(meds)}\nBilan : {', '.join(labs)}.\n\n{il(p, 'fr').capitalize()} est stable pour le transfert en ambulance. "
                f"Merci de confirmer un lit.\n\n" + c.sig(st))
    else:
        subj = "Interprovincial transfer - Ontario resident"
        body = (f"Hello,\n\nWe would like to transfer {nm} (DOB {dob}, Ontario health card {hc}) back to your centre; "
                f"{il(p, 'en')} was admitted here while at the cottage.\n\nDx: {dx}. PMH: {co}.\nCurrent meds:\n{bullets(meds)}\n"
                f"Labs: {', '.join(labs)}.\n\nStable for ambulance transfer. Please confirm a bed.\n\n" + c.sig(st))
    data = M.compose(c, addr_of(st), ("Transfer Desk", f"transfers@{ont[1]}"), subj, body)
    return "ontario_transfer", "transfer of an Ontario resident", data


def p_belgian_patient(c):
    fr = c.lang == "fr"
    p = c.patient(origin="be", lang="fr")
    st = c.staff(c.pick(["coord", "admin", "ts"]))
    nm = c.name(p, c.pick(["upper", "full", "title"]))
    dob = c.dob(p)
    niss = c.niss(p)
    dx = c.dx(c.pick(["hf", "rehab"]))
    proc = c.t("coronarographie le ", "coronary angiography on ") + c.past(2, 6).isoformat()
    amount = f"{c.rng.randint(8, 40)} {c.rng.randint(100, 999)}"
    if fr:
        subj = "Prise en charge - ressortissant belge hospitalisé"
        body = (f"Madame, Monsieur,\n\nNous avons hospitalisé {nm}, né{'e' if p.sex == 'F' else ''} le {dob}, numéro de registre national {niss}, "
                f"en séjour touristique au Québec.\nDiagnostic : {dx}; {proc}.\nEstimation des frais : {amount} $ CA.\n"
                f"Adresse en Belgique : {c.addr(p)}.\n\nMerci de nous transmettre la garantie de paiement.\n\n" + c.sig(st))
    else:
        subj = "Guarantee of payment - Belgian national admitted"
        body = (f"Dear claims team,\n\nWe have admitted {nm}, DOB {dob}, Belgian national number {niss}, visiting Quebec.\n"
                f"Diagnosis: {dx}; {proc}.\nEstimated charges: CAD {amount.replace(' ', ',')}.\nHome address: {c.addr(p)}.\n\n"
                f"Please send a guarantee of payment.\n\n" + c.sig(st))
    c.add("diagnosis")
    data = M.compose(c, addr_of(st), ("Assistance", "dossiers@assistance-mutualiste.example"), subj, body)
    return "belgian_patient", "payment guarantee for a Belgian visitor", data


def p_french_patient(c):
    fr = c.lang == "fr"
    p = c.patient(origin="fr", lang="fr")
    st = c.staff(c.pick(["admin", "coord", "cardio"]))
    nm = c.name(p, c.pick(["upper", "upper2", "full"]))
    dob = c.dob(p)
    nir = c.nir(p)
    dx = c.dx("rehab")
    meds = c.medlist(3, keys=c.rng.sample(["asa", "tica", "ator", "biso", "ntg"], 3))
    rows = [[c.t("Assuré", "Insured"), nm], [c.t("Né(e) le", "Born"), dob], [c.t("N° de sécurité sociale", "French social security no."), nir],
            [c.t("Diagnostic", "Diagnosis"), dx], [c.t("Traitement de sortie", "Discharge treatment"), "; ".join(meds)]]
    att = None
    if c.chance(0.5):
        att = Att(c.t("attestation_soins.docx", "care_certificate.docx"), DOCX_T,
                  M.make_docx([("h", c.t("Attestation de soins reçus à l'étranger", "Certificate of care received abroad")), ("table", rows)]))
        detail = c.t("Attestation en pièce jointe.", "Certificate attached.")
    else:
        detail = "\n".join(f"{a} : {b}" if fr else f"{a}: {b}" for a, b in rows)
    if fr:
        subj = "Soins reçus au Québec - demande de remboursement"
        body = f"Bonjour,\n\nÀ la demande de l'assuré, voici les renseignements pour le remboursement des soins reçus chez nous.\n\n{detail}\n\nCordialement,\n\n" + c.sig(st)
    else:
        subj = "Care received in Quebec - reimbursement request"
        body = f"Hello,\n\nAt the insured's request, here is the information for reimbursement of care received at our hospital.\n\n{detail}\n\nRegards,\n\n" + c.sig(st)
    if att is None:
        pass
    data = M.compose(c, addr_of(st), ("Service international", "international@caisse-assurance.example"), subj, body,
                     atts=[att] if att else [])
    return "french_patient", "reimbursement file for a French insured patient", data


def p_social_work(c):
    fr = c.lang == "fr"
    p = c.patient(nam=c.chance(0.3))
    ts = c.staff("ts")
    team = [c.staff("inf"), c.staff("cardio")]
    nm = c.name(p, c.pick(["title", "upper", "full", "lower"]))
    mrn = c.mrn(p) if c.chance(0.7) else None
    if p.nam:
        nm = c.idblock(p, ["name", "dob", "sex", "nam"], sep=", ")
    s1 = c.social()
    s2 = None
    if c.chance(0.4):
        while s2 is None or s2 == s1:
            s2 = c.social()
    dx = c.dx("hf") if c.chance(0.6) else None
    if fr:
        subj = c.pick(["Suivi psychosocial", "Note TS - à lire avant la clinique", f"TS - {p.surname}"])
        if "TS - " in subj:
            c.add("patient_name")
        body = (f"Bonjour l'équipe,\n\nPetit résumé suite à ma rencontre avec {nm}{' (dossier ' + mrn + ')' if mrn else ''} :\n"
                f"- {s1}\n" + (f"- {s2}\n" if s2 else "") + (f"- contexte médical : {dx}\n" if dx else "") +
                f"\nJe {le(p)} revois dans deux semaines. Svp m'aviser de tout changement de RV.\n\n" + c.sig(ts))
    else:
        subj = c.pick(["Psychosocial follow-up", "SW note - please read before clinic", f"SW - {p.surname}"])
        if "SW - " in subj:
            c.add("patient_name")
        body = (f"Hi team,\n\nQuick summary after meeting {nm}{' (MRN ' + mrn + ')' if mrn else ''}:\n"
                f"- {s1}\n" + (f"- {s2}\n" if s2 else "") + (f"- medical context: {dx}\n" if dx else "") +
                f"\nI'll see {him(p)} again in two weeks. Please let me know of any appointment change.\n\n" + c.sig(ts))
    data = M.compose(c, addr_of(ts), [addr_of(t) for t in team], subj, body)
    return "social_work", "social worker update to the care team", data


def p_device_alert(c):
    fr = c.lang == "fr"
    p = c.patient(nam=c.chance(0.35))
    inf, doc = c.staff("inf"), c.staff("cardio")
    nm = c.name(p, c.pick(["upper", "full", "comma"]))
    dob = c.dob(p) if (p.nam or c.chance(0.7)) else None
    if p.nam:
        dob += c.t(f", sexe : {p.sex}, NAM {c.nam(p)}", f", sex: {p.sex}, RAMQ {c.nam(p)}")
    serial = f"{c.pick(['RQ', 'PZX', 'BLK'])}{c.rng.randint(100000, 999999)}"
    ev = c.pick([("FV détectée, 1 choc 40 J délivré, retour en RS", "VF detected, one 40 J shock delivered, back in sinus"),
                 ("TV soutenue traitée par ATP x2", "sustained VT terminated by ATP x2"),
                 ("fardeau de FA 38 % sur 7 jours", "AF burden 38% over 7 days"),
                 ("impédance thoracique en baisse (alerte congestion)", "falling thoracic impedance (congestion alert)")])
    c.add("diagnosis")
    if fr:
        subj = c.pick(["Alerte télésurveillance DCI", "Transmission à distance - choc", "Alerte appareil - à voir"])
        body = (f"{doc.title('fr')} {doc.surname},\n\nTransmission reçue cette nuit pour {nm}{' (DDN ' + dob + ')' if dob else ''}, "
                f"DCI-TRC no de série {serial} :\n{c.t(*ev)}.\n\nJ'ai appelé {le(p)} patient{'e' if p.sex == 'F' else ''} : asymptomatique, pas de syncope. "
                f"Voulez-vous {le(p)} voir cette semaine?\n\n{inf.given}")
    else:
        subj = c.pick(["ICD remote monitoring alert", "Remote transmission - shock", "Device alert - please review"])
        body = (f"Dr. {doc.surname},\n\nTransmission overnight for {nm}{' (DOB ' + dob + ')' if dob else ''}, CRT-D serial {serial}:\n"
                f"{c.t(*ev)}.\n\nI called the patient: asymptomatic, no syncope. Do you want to see {him(p)} this week?\n\n{inf.given}")
    data = M.compose(c, addr_of(inf), addr_of(doc), subj, body, importance="High")
    return "device_alert", "remote ICD monitoring alert", data


def p_rehab_attendance(c):
    fr = c.lang == "fr"
    p = c.patient(age=(44, 80))
    kin, inf = c.staff("kin"), c.staff(c.pick(["inf", "ts", "coord"]))
    nm = c.name(p, c.pick(["title", "title_sur", "full", "init"]))
    t6 = c.lab("6mwt")
    soc = c.social() if c.chance(0.7) else None
    dx = c.dx("rehab")
    n = c.rng.randint(2, 5)
    if fr:
        subj = c.pick(["Absences réadaptation", "Abandon du programme?", "Groupe du mardi - absences"])
        body = (f"Bonjour {inf.given},\n\n{nm} ({dx}) a manqué {n} séances de suite. À l'admission, {t6}. "
                + (f"Au téléphone, on m'a dit : {soc}. " if soc else "Pas de retour d'appel. ") +
                f"Pourrais-tu voir si on peut l'aider avant que je {le(p)} retire de la liste?\n\n{c.sig(kin, clinic='rehab')}")
    else:
        subj = c.pick(["Rehab absences", "Dropping out of the program?", "Tuesday group - absences"])
        body = (f"Hi {inf.given},\n\n{nm} ({dx}) has missed {n} sessions in a row. At intake, {t6}. "
                + (f"On the phone I learned: {soc}. " if soc else "No call back. ") +
                f"Could you see whether we can help before I take {him(p)} off the list?\n\n{c.sig(kin, clinic='rehab')}")
    data = M.compose(c, addr_of(kin), addr_of(inf), subj, body)
    return "rehab_attendance", "cardiac rehab attendance concern", data


def p_peds_referral(c):
    fr = c.lang == "fr"
    p = c.patient(nam=True, young=True)
    doc = c.staff("cardio")
    ped = ext_person(c, EXT_DOCS)
    ident = c.idblock(p, ["name", "dob", "sex", "nam"] + (["addr"] if c.chance(0.3) else []))
    dx = c.dx("peds")
    m = c.med(c.pick(["carv", "spiro", "furo"]))
    ech = c.lab("fevg")
    if fr:
        subj = c.pick(["Transition vers la clinique IC adulte", "Référence - fonction cardiaque (jeune)", "Suivi cardio jeune patient"])
        body = (f"Bonjour {doc.title('fr')} {doc.surname},\n\nJe vous adresse ce jeune patient pour suivi conjoint de la fonction ventriculaire.\n\n{ident}\n\n"
                f"Dx : {dx}. Dernier écho : {ech}. Traitement : {m}, énalapril 0,1 mg/kg BID.\n"
                f"Les parents souhaitent un suivi plus près de la maison.\n\n{ext_sig(ped, 'fr')}")
    else:
        subj = c.pick(["Transition to adult HF clinic", "Referral - cardiac function (young patient)", "Young patient cardiology follow-up"])
        body = (f"Dear Dr. {doc.surname},\n\nReferring this young patient for shared follow-up of ventricular function.\n\n{ident}\n\n"
                f"Dx: {dx}. Last echo: {ech}. Treatment: {m}, enalapril 0.1 mg/kg BID.\nThe parents would like follow-up closer to home.\n\n{ext_sig(ped, 'en')}")
    data = M.compose(c, (dr(ped, c.lang), ped["email"]), addr_of(doc), subj, body)
    return "peds_referral", "young patient referral for ventricular function follow-up", data


def p_income_support(c):
    fr = c.lang == "fr"
    p = c.patient(age=(40, 64))
    ts, doc = c.staff("ts"), c.staff("cardio")
    nm = c.name(p, c.pick(["full", "upper"]))
    dob = c.dob(p)
    sin = c.sin()
    dx = c.dx("hf")
    fevg = c.lab("fevg")
    c.add("social_information")
    rows = [[c.t("Nom de la personne", "Applicant name"), nm], [c.t("Date de naissance", "Date of birth"), dob],
            [c.t("NAS", "SIN"), sin], [c.t("Diagnostic", "Diagnosis"), dx], [c.t("Examens", "Tests"), fevg],
            [c.t("Contraintes à l'emploi", "Employment limitations"),
             c.t("sévères, permanentes (ne peut soutenir un effort > 3 MET)", "severe, permanent (cannot sustain > 3 METs)")]]
    kind = c.pick(["pdf", "xlsx"])
    if kind == "pdf":
        lines = [f"{a}: {b}" for a, b in rows]
        att = Att(c.t("rapport_medical_solidarite.pdf", "medical_report_income_support.pdf"), "application/pdf",
                  M.make_pdf(c.t("Rapport médical - programme de solidarité sociale", "Medical report - social solidarity program"), lines))
    else:
        att = Att(c.t("rapport_médical.xlsx", "medical_report.xlsx"), XLSX_T,
                  M.make_xlsx([(c.t("Rapport", "Report"), rows)]), rfc2231=True)
    if fr:
        subj = "Rapport médical - contraintes sévères à l'emploi"
        body = (f"Bonjour {doc.title('fr')} {doc.surname},\n\nLe rapport pour la demande de solidarité sociale est prérempli (pièce jointe). "
                f"Il manque votre signature avant l'envoi au ministère; sans ce rapport, la prestation de base est maintenue au minimum.\n\n" + c.sig(ts))
    else:
        subj = "Medical report - severe employment limitations"
        body = (f"Hi Dr. {doc.surname},\n\nThe report for the social solidarity application is pre-filled (attached). "
                f"It only needs your signature before it goes to the ministry; without it the benefit stays at the basic rate.\n\n" + c.sig(ts))
    data = M.compose(c, addr_of(ts), addr_of(doc), subj, body, atts=[att])
    return "income_support", "income support medical report with SIN", data


def p_waitlist(c):
    fr = c.lang == "fr"
    coord, chef = c.staff(c.pick(["coord", "admin"])), c.staff(c.pick(["chef", "kin"]))
    head = [c.t("Nom", "Surname"), c.t("Prénom", "Given name"), c.t("DDN", "DOB"), c.t("Sexe", "Sex"),
            c.t("NAM", "RAMQ"), c.t("Diagnostic", "Diagnosis"), c.t("Priorité", "Priority")]
    rows = [head]
    for _ in range(c.rng.randint(2, 4)):
        p = c.patient(nam=True)
        c.add("patient_name")
        rows.append([p.surname.upper(), p.given, c.dob(p, "iso"), p.sex, c.nam(p, c.pick(["plain", "space", "hyphen"])),
                     c.dx("rehab"), c.pick(["P1", "P2", "P3"])])
    kind = c.pick(["xlsx", "csv", "html"])
    atts, html, fmt = [], None, None
    if kind == "xlsx":
        atts = [Att(c.t("liste_attente_readaptation.xlsx", "rehab_waitlist.xlsx"), XLSX_T,
                    M.make_xlsx([(c.t("Liste d'attente", "Waitlist"), rows)]))]
        tbl = c.t("(voir fichier joint)", "(see attached file)")
    elif kind == "csv":
        atts = [Att(c.t("liste_attente.csv", "waitlist.csv"), "text/csv", M.make_csv(rows, sep=";" if fr else ","), charset="utf-8")]
        tbl = c.t("(CSV joint)", "(CSV attached)")
    else:
        tbl = "\n".join(" | ".join(str(x) for x in r) for r in rows)
        html = ('<html><head><meta charset="CHARSET"></head><body><p>' +
                c.t("Nouvelles inscriptions :", "New registrations:") + "</p>" + M.html_table(rows) + "</body></html>")
        fmt = c.pick(["html", "alt"])
    if fr:
        subj = "Liste d'attente réadaptation - nouvelles inscriptions"
        body = f"Bonjour {chef.given},\n\nNouvelles inscriptions à la liste d'attente de la réadaptation cardiaque :\n\n{tbl}\n\n{coord.given}"
    else:
        subj = "Cardiac rehab waitlist - new registrations"
        body = f"Hi {chef.given},\n\nNew registrations on the cardiac rehab waitlist:\n\n{tbl}\n\n{coord.given}"
    data = M.compose(c, addr_of(coord), addr_of(chef), subj, body, html=html, fmt=fmt, atts=atts)
    return "waitlist", "rehab wait list with health numbers", data


TEMPLATES = [p_filename_only, p_ontario_transfer, p_belgian_patient, p_french_patient, p_social_work,
             p_device_alert, p_rehab_attendance, p_peds_referral, p_income_support, p_waitlist]
