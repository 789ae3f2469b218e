"""Positive templates, part B: social work, peritonitis, sign-out, patients' mail, replies, leaks, pharmacy, discharge."""
import datetime

from gen_build import Doc, inner_eml
from gen_common import (staff, signature, show_nam, show_mrn, show_sin, fmt_date, fmt_phone, L, pick, ORG, OTHER_ORGS,
                        Person, STAFF)
from gen_clin import (CAUSES, COMORB, COMPLICATIONS, MEDS, PD_SOLUTIONS, IP_ANTIBIOTICS, MODALITY, lab_panel,
                      effluent_count, adequacy, t)
from gen_tpl import greet, close, quote, outlook_block, forward_block, join
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv
from gen_pos_a import idbits, nm

SOCIAL = [
    ("Logement insalubre (moisissures au sous-sol où se trouve le cycleur); demande de relogement à l'OMH en cours.",
     "Unsafe housing (mould in the basement where the cycler is kept); social housing application in progress."),
    ("Prestataire de l'aide sociale depuis la perte de son emploi; ne peut plus payer l'électricité supplémentaire de l'HDD.",
     "On social assistance since losing his/her job; can no longer afford the extra electricity for home HD."),
    ("Épuisement de l'aidante naturelle (conjointe); répit demandé au CLSC.",
     "Care partner (spouse) burnout; respite requested from the CLSC."),
    ("Séparation récente, a quitté le domicile conjugal; hébergé temporairement chez sa sœur avec l'équipement.",
     "Recent separation, left the family home; staying at his/her sister's with the equipment for now."),
    ("Dettes importantes, avis d'éviction reçu pour le 1er juillet.", "Significant debt, eviction notice received for July 1st."),
    ("Consommation d'alcool en hausse depuis le décès de son fils; refuse le suivi en dépendance pour l'instant.",
     "Increased alcohol use since his/her son's death; declines addiction follow-up for now."),
    ("Statut d'immigration précaire (demandeur d'asile), couverture RAMQ temporaire échue le mois dernier.",
     "Precarious immigration status (asylum claimant); temporary coverage expired last month."),
]


def social_worker(rng, pool, lang):
    d = Doc(rng, lang, "social_work", True)
    P = pool.any(rng, nam_ok=True)
    sw = staff(rng, "sw")
    d.sender = sw
    dest = rng.choice(["nurse", "neph", "clsc"])
    if dest == "clsc":
        d.to = [Person("Émilie", "Proulx", "F", "ext", OTHER_ORGS["clsc"][1])]
    else:
        d.to = [staff(rng, dest)]
    situ = rng.sample(SOCIAL, rng.randint(1, 2))
    name = nm(d, P, rng, lang)
    d.t("social_information")
    dx = ""
    if rng.random() < 0.6:
        dx = L(lang, f" (dialyse péritonéale, {rng.choice(COMORB)[0]})", f" (peritoneal dialysis, {rng.choice(COMORB)[1]})")
        d.t("diagnosis")
    ids = idbits(d, P, rng, lang, nam=P.nam is not None and rng.random() < 0.4, dob=rng.random() < 0.4)
    d.subject = pick(rng, lang, ["Suivi psychosocial", "Situation de {s}", "Demande de répit / soutien", "Référence service social"],
                     ["Psychosocial follow-up", "Situation - {s}", "Respite / support request", "Social work referral"]).format(s=P.surname)
    if P.surname in d.subject:
        d.t("patient_name")
    plan = pick(rng, lang, ["J'ai rempli la demande d'allocation pour frais de transport et d'électricité (programme ministériel).",
                            f"Je {P.le} revois jeudi à domicile avec l'infirmière.", "Rencontre familiale prévue la semaine prochaine."],
                ["I completed the transport and electricity cost reimbursement request.", f"I will see {P.him} at home on Thursday with the nurse.",
                 "Family meeting planned for next week."])
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Petit suivi concernant {name}{dx}.", f"Quick follow-up regarding {name}{dx}."),
                  ids or None, "", "\n".join("- " + t(lang, s) for s in situ), "", plan, "",
                  L(lang, "Merci de ne pas discuter de ces éléments devant la famille sans m'en parler.",
                    "Please don't discuss this in front of the family without checking with me.") if rng.random() < 0.4 else None,
                  close(rng, lang), signature(rng, sw, lang))
    d.note = "social worker note on a patient's situation"
    return d


def sin_income_support(rng, pool, lang):
    d = Doc(rng, lang, "income_support_sin", True)
    P = pool.any(rng, nam_ok=True)
    sw = staff(rng, "sw")
    d.sender = sw
    d.to = [(L(lang, "Centre de services - Solidarité sociale", "Service Canada - CPP Disability"), f"dossiers@{rng.choice(['solidarite', 'cppd'])}.example")]
    d.t("ca_sin", "patient_name", "social_information", "date_of_birth")
    form = [L(lang, "Demande de prestations - contraintes sévères à l'emploi", "Application - CPP disability benefit"), None,
            L(lang, f"Nom : {P.surname}", f"Last name: {P.surname}"), L(lang, f"Prénom : {P.given}", f"First name: {P.given}"),
            L(lang, f"NAS : {show_sin(rng, P.sin).translate({})}", f"SIN: {show_sin(rng, P.sin)}"),
            L(lang, f"Date de naissance : {fmt_date(P.dob, lang, rng, 0)}", f"Date of birth: {fmt_date(P.dob, lang, rng, 0)}"),
            L(lang, f"Adresse : {P.address()}", f"Address: {P.address()}"), None,
            L(lang, "Motif : dialyse à domicile 4 heures, 5 nuits/semaine; incapacité de travailler.",
              "Reason: home haemodialysis 4 h, 5 nights/week; unable to work."),
            L(lang, f"Revenu du ménage : {rng.randint(14, 29)} 000 $ / an", f"Household income: ${rng.randint(14, 29)},000 / year")]
    d.t("patient_contact", "diagnosis")
    where = rng.random()
    if where < 0.5:
        # numbers cannot be full-width inside a PDF: re-render SIN plainly there
        form[4] = L(lang, f"NAS : {P.sin[:3]} {P.sin[3:6]} {P.sin[6:]}", f"SIN: {P.sin[:3]}-{P.sin[3:6]}-{P.sin[6:]}")
        pdf = make_pdf(form[0], form[2:], compress=rng.random() < 0.5)
        d.attach("application/pdf", pdf, L(lang, "formulaire_prestations.pdf", "cpp_disability_form.pdf"))
        d.body = join(greet(rng, lang), "", L(lang, "Veuillez trouver ci-joint la demande signée ainsi que l'attestation médicale.",
                                                "Attached please find the signed application and the medical certificate."),
                      "", close(rng, lang), signature(rng, sw, lang, 1))
    else:
        d.body = join(greet(rng, lang), "", L(lang, "Voici les renseignements demandés au téléphone ce matin :",
                                                "Here is the information requested on the phone this morning:"), "",
                      "\n".join(x for x in form[2:] if x), "", close(rng, lang), signature(rng, sw, lang, 1))
    d.subject = L(lang, "Demande de prestations - dossier " + P.surname, "Disability benefit application - " + P.surname)
    d.note = "income support application with SIN"
    return d


def peritonitis_handover(rng, pool, lang):
    d = Doc(rng, lang, "peritonitis_handover", True)
    P = pool.any(rng, nam_ok=True)
    n1, n2 = staff(rng, "nurse"), staff(rng, "nurse")
    while n2.full == n1.full:
        n2 = staff(rng, "nurse")
    d.sender, d.to = n1, [n2]
    d.cc = [staff(rng, "neph")]
    name = nm(d, P, rng, lang)
    ab = rng.choice(IP_ANTIBIOTICS[:3])
    d.t("diagnosis", "lab_result", "medication")
    ids = idbits(d, P, rng, lang, mrn=rng.random() < 0.5, nam=P.nam is not None and rng.random() < 0.3)
    d.subject = pick(rng, lang, ["Passation - péritonite", "Suivi péritonite {i}", "À reprendre demain : liquide trouble"],
                     ["Handover - peritonitis", "Peritonitis follow-up {i}", "For tomorrow: cloudy bag"]).format(i=P.name(rng, lang, "init_sur"))
    if P.surname in d.subject:
        d.t("patient_name")
    d.body = join(greet(rng, lang, n2.given), "",
                  L(lang, f"{name} a appelé ce matin : liquide trouble depuis hier soir, douleur abdominale 6/10, pas de fièvre.",
                    f"{name} called this morning: cloudy effluent since last night, abdominal pain 6/10, afebrile."),
                  ids or None,
                  L(lang, f"Vu en clinique : {effluent_count(rng, lang)}.", f"Seen in clinic: {effluent_count(rng, lang)}."),
                  L(lang, f"Début : {t(lang, ab)}. Première dose donnée ici, {P.il} fait les suivantes à domicile.",
                    f"Started {t(lang, ab)}. First dose given here, subsequent doses at home."),
                  L(lang, "À faire : rappeler demain pour la douleur, dosage de vanco au jour 4, revoir la technique d'échange (chat dans la pièce !).",
                    "To do: call tomorrow re pain, vanco level day 4, review exchange technique (cat in the room!)."),
                  "", close(rng, lang), signature(rng, n1, lang, 2))
    d.note = "nurse handover about peritonitis episode"
    return d


def oncall_signout(rng, pool, lang):
    d = Doc(rng, lang, "oncall_signout", True)
    neph1, neph2 = staff(rng, "neph"), staff(rng, "neph")
    d.sender, d.to = neph1, [neph2, ("Garde néphro", f"garde.nephro@{ORG['dom']}")]
    pts = [pool.any(rng, nam_ok=True) for _ in range(rng.randint(3, 6))]
    lines = []
    for P in pts:
        comp = rng.choice(COMPLICATIONS)
        style = rng.choice(["SUR_given", "sur_comma", "init_sur", "full", "lower"])
        mod = L(lang, "DP" if comp[2] != "HD" else "HDD", "PD" if comp[2] != "HD" else "HHD")
        extra = ""
        if rng.random() < 0.5:
            extra = " — " + t(lang, rng.choice(MEDS))
            d.t("medication")
        if rng.random() < 0.5:
            idt = show_mrn(rng, P.mrn, lang)
            d.t("mrn")
        else:
            idt = str(P.age_ref) + L(lang, " ans", " y")
        lines.append(f"- {P.name(rng, lang, style)} ({idt}), {mod} : {t(lang, comp)}{extra}")
    d.t("patient_name", "diagnosis")
    d.subject = L(lang, f"Sign-out fin de semaine dialyse domicile", f"Weekend sign-out - home dialysis")
    d.body = join(greet(rng, lang, neph2.given), "",
                  L(lang, "Les patients à surveiller pour la fin de semaine :", "Patients to keep an eye on this weekend:"), "",
                  "\n".join(lines), "",
                  L(lang, "Le reste est stable. Cellulaire de garde pour les infirmières : voir l'horaire.", "Everyone else is stable."),
                  signature(rng, neph1, lang, 2))
    d.note = "weekend sign-out list"
    return d


def patient_mail_fwd(rng, pool, lang):
    d = Doc(rng, lang, "patient_mail_fwd", True)
    P = pool.any(rng, nam_ok=True)
    nurse, neph = staff(rng, "nurse"), staff(rng, "neph")
    d.sender, d.to = nurse, [neph]
    pat_addr = (P.full, P.email)
    sym = rng.choice([
        ("J'ai de la rougeur autour du cathéter depuis 3 jours et ça coule un peu jaune sur le pansement. Pas de fièvre je pense (37,6).",
         "There's redness around my catheter for 3 days and some yellow drainage on the dressing. No fever I think (37.6)."),
        ("Mon bras de fistule est enflé et je n'entends plus le bruit (le thrill) comme d'habitude ce matin.",
         "My fistula arm is swollen and I can't feel the thrill like usual this morning."),
        ("Je fais de l'enflure aux chevilles et j'ai pris 3 kilos cette semaine. Je suis essoufflé quand je monte l'escalier.",
         "My ankles are swollen and I've gained 3 kg this week. I get short of breath on the stairs."),
        ("Le cycleur a sonné toute la nuit (drainage faible) et j'ai des crampes. Est-ce que je dois changer de sac à 2,5 % ?",
         "The cycler alarmed all night (low drain) and I have cramps. Should I switch to the 2.5% bags?"),
        ("J'ai oublié de prendre mes capsules de sevelamer toute la semaine, est-ce grave ? Aussi j'ai des démangeaisons partout.",
         "I forgot my sevelamer pills all week, is that bad? Also I'm itchy all over."),
    ])
    d.t("patient_name", "diagnosis", "patient_contact")
    if "sevelamer" in sym[0]:
        d.t("medication")
    sign = P.given if rng.random() < 0.5 else P.full
    ph = fmt_phone(rng, P.cell)
    pmsg = join(greet(rng, lang, nurse.given), "", t(lang, sym), "",
                L(lang, f"Vous pouvez m'appeler au {ph}, je suis là toute la journée.", f"You can call me at {ph}, I'm home all day."),
                "", L(lang, "Merci", "Thanks"), sign)
    fwd_intro = pick(rng, lang, [f"Peux-tu regarder ? Je l'ai rappelé{P.e}, RDV demain 9 h.", f"FYI, reçu ce matin. Je pense qu'il faut {P.le} voir aujourd'hui.",
                                 "Pour ton avis svp."], ["Can you take a look? I called back, seeing them tomorrow 9am.",
                                                         "FYI, got this this morning - think we need to see them today.", "Your thoughts please."])
    psubj = pick(rng, lang, ["question", "problème cathéter", "(sans objet)", "urgent??"], ["question", "catheter problem", "(no subject)", "urgent??"])
    if rng.random() < 0.4:
        eml = inner_eml(rng, pat_addr, [nurse.addr()], psubj, d.date - datetime.timedelta(hours=rng.randint(2, 20)), pmsg, lang)
        d.attach("message/rfc822", eml, None, disposition="attachment" if rng.random() < 0.7 else "inline")
        d.body = join(greet(rng, lang, neph.given), "", fwd_intro, "", signature(rng, nurse, lang, 2))
        d.note = "patient's own mail attached as message/rfc822"
    else:
        d.body = join(greet(rng, lang, neph.given), "", fwd_intro, "",
                      forward_block(rng, lang, pat_addr, d.date - datetime.timedelta(hours=rng.randint(2, 20)), f"{nurse.full} <{nurse.email}>", psubj, pmsg))
        d.note = "patient's own mail forwarded inline"
    d.subject = ("TR: " if lang == "fr" else "Fwd: ") + psubj
    return d


def reply_quoted(rng, pool, lang):
    d = Doc(rng, lang, "reply_quoted", True)
    P = pool.any(rng, nam_ok=True)
    a, b = staff(rng, "neph"), staff(rng, "nurse")
    d.sender, d.to = a, [b]
    d.reply = True
    name = nm(d, P, rng, lang)
    comp = rng.choice(COMPLICATIONS)
    med = rng.choice(MEDS)
    d.t("diagnosis", "medication")
    ids = idbits(d, P, rng, lang, nam=P.nam is not None and rng.random() < 0.5, mrn=rng.random() < 0.4)
    orig = join(greet(rng, lang, a.given), "",
                L(lang, f"{name} {ids and '(' + ids + ') ' or ''}: {t(lang, comp)} depuis la semaine dernière. On a débuté {t(lang, med)}.",
                  f"{name} {ids and '(' + ids + ') ' or ''}has had {t(lang, comp)} since last week. We started {t(lang, med)}."),
                L(lang, f"Est-ce que tu veux {P.le} voir en clinique jeudi ou on attend le bilan ?", "Do you want to see them at Thursday clinic or wait for the bloods?"),
                "", b.given)
    top = pick(rng, lang, ["OK pour jeudi.", f"Oui, ajoute-{P.le} à ma clinique. Merci.", "Parfait, on attend le bilan.", "Vu. Je m'en occupe."],
               ["OK for Thursday.", "Yes, add them to my clinic. Thanks.", "Fine, let's wait for the bloods.", "Seen, I'll handle it."])
    d.body = join(top, "", a.given if rng.random() < 0.5 else None, "", quote(rng, lang, b.addr(), d.date - datetime.timedelta(hours=3), orig))
    d.subject = ("RE: " if lang == "fr" or rng.random() < 0.5 else "Re: ") + pick(rng, lang, ["question clinique", "patient DP", "à voir jeudi"],
                                                                                  ["clinical question", "PD patient", "for Thursday"])
    d.note = "short reply; patient details only in quoted history"
    return d


def subject_only(rng, pool, lang):
    d = Doc(rng, lang, "subject_leak", True)
    P = pool.any(rng, nam_ok=True)
    a, b = staff(rng, rng.choice(["nurse", "clerk"])), staff(rng, "neph")
    d.sender, d.to = a, [b]
    kind = rng.randrange(4)
    if kind == 0:
        k = round(rng.uniform(6.2, 7.1), 1)
        d.subject = L(lang, f"{P.name(rng, lang, 'title_sur')} - K+ {str(k).replace('.', ',')} ce matin", f"{P.name(rng, lang, 'title_sur')} - K {k} this am")
        d.t("patient_name", "lab_result")
    elif kind == 1:
        d.subject = L(lang, f"Péritonite {P.surname} {P.given} - culture positive", f"Peritonitis {P.surname}, {P.given} - positive culture")
        d.t("patient_name", "diagnosis", "lab_result")
    elif kind == 2:
        d.subject = L(lang, f"{P.full.lower()} : arrêt de la dialyse / soins palliatifs ?", f"{P.full.lower()}: stopping dialysis / palliative?")
        d.t("patient_name", "diagnosis")
    else:
        d.subject = f"{P.surname.upper()} {show_nam(rng, P.nam, 'sp') if P.nam else show_mrn(rng, P.mrn, lang)} - " + L(lang, f"hospitalisé{P.e} surcharge", "admitted fluid overload")
        d.t("patient_name", "diagnosis", "ramq_nam" if P.nam else "mrn")
    d.body = pick(rng, lang, ["Voir objet. Peux-tu me rappeler ?", "Tel que discuté.", "Pour info, je suis en réunion jusqu'à 11 h.", "?"],
                  ["See subject. Can you call me back?", "As discussed.", "FYI, in a meeting until 11.", "?"]) + "\n" + signature(rng, a, lang, 2)
    d.note = "identifying details only in the Subject"
    return d


def filename_only(rng, pool, lang):
    d = Doc(rng, lang, "filename_leak", True)
    P = pool.any(rng, nam_ok=True)
    clerk, dest = staff(rng, "clerk"), staff(rng, rng.choice(["nurse", "neph"]))
    d.sender, d.to = clerk, [dest]
    kind = rng.randrange(4)
    sur, giv = P.surname, P.given
    if kind == 0:
        fn = f"{sur}_{giv}_culture_liquide_DP_positive.pdf" if lang == "fr" else f"{sur}_{giv}_PD_effluent_culture_positive.pdf"
        d.t("patient_name", "lab_result")
    elif kind == 1:
        fn = f"Consentement_greffe_rénale_{sur}_{giv}.pdf" if lang == "fr" else f"Kidney_transplant_consent_{sur}_{giv}.pdf"
        d.t("patient_name", "diagnosis")
    elif kind == 2 and P.nam:
        fn = f"{P.nam}_{sur}_bilan_PTH_{d.date.strftime('%Y%m')}.pdf"
        d.t("patient_name", "ramq_nam", "lab_result")
    else:
        fn = f"{sur.upper()}-{giv}-fistulographie-stenose.pdf" if lang == "fr" else f"{sur.upper()}-{giv}-fistulogram-stenosis.pdf"
        d.t("patient_name", "diagnosis")
    pdf = make_pdf(L(lang, "Document numérisé - Xerox WorkCentre 7855 - page 1/1", "Scanned document - Xerox WorkCentre 7855 - page 1/1"),
                   [], scanned=True)
    d.attach("application/pdf", pdf, fn, fn_style=rng.choice([None, "2231", "2231c"]))
    d.subject = L(lang, "Document numérisé", "Scanned document") if rng.random() < 0.6 else L(lang, "Numérisation", "Scan")
    d.body = pick(rng, lang, ["Voici le document numérisé.", "Ci-joint, pour le dossier.", ""], ["Here is the scan.", "Attached for the chart.", ""]) \
        + "\n" + signature(rng, clerk, lang, 2)
    d.note = "identifying details only in the attachment file name"
    return d


def prescription_pharmacy(rng, pool, lang):
    d = Doc(rng, lang, "prescription_pharmacy", True)
    P = pool.any(rng, nam_ok=True, need_nam=rng.random() < 0.7)
    neph = staff(rng, "neph")
    pharm = Person("Benoît", "Lamarre", "M", "ext", OTHER_ORGS["pharmacy"][1])
    d.sender = staff(rng, rng.choice(["nurse", "pharm"]))
    d.to = [pharm]
    meds = rng.sample(MEDS[:15], rng.randint(2, 4))
    d.t("patient_name", "medication", "date_of_birth")
    ids = idbits(d, P, rng, lang, nam=P.nam is not None, dob=True, sep="\n")
    rx = join(L(lang, "ORDONNANCE", "PRESCRIPTION"), L(lang, f"Patient : {P.full}", f"Patient: {P.full}"), ids, "",
              "\n".join(f"{i + 1}. {t(lang, m)} — " + L(lang, "3 mois, renouvelable x 3", "3 months, refills x 3") for i, m in enumerate(meds)), "",
              L(lang, f"Prescripteur : {neph.doctor(lang)} (permis {rng.randint(10000, 99999)})", f"Prescriber: {neph.doctor(lang)} (licence {rng.randint(10000, 99999)})"))
    if rng.random() < 0.5:
        try:
            pdf = make_pdf(L(lang, "Ordonnance", "Prescription"), rx.split("\n"), compress=rng.random() < 0.5,
                           letterhead=[ORG["fr"] if lang == "fr" else ORG["en"], ORG["addr"], "Tél. " + ORG["tel"] + "  Téléc. " + ORG["fax"]])
            d.attach("application/pdf", pdf, rng.choice(["ordonnance.pdf", f"Rx_{P.surname}.pdf", "prescription.pdf"]))
            body_rx = L(lang, "Ordonnance en pièce jointe (original suit par télécopieur).", "Prescription attached (original to follow by fax).")
        except UnicodeEncodeError:
            body_rx = rx
    else:
        body_rx = rx
    d.subject = pick(rng, lang, ["Renouvellement ordonnance", "Rx - {s}", "Changement de dose"], ["Prescription renewal", "Rx - {s}", "Dose change"]).format(s=P.surname)
    d.body = join(greet(rng, lang), "", L(lang, f"Voici le renouvellement pour notre patient{P.e} en dialyse à domicile. Merci de préparer en pilulier.",
                                          "Renewal for our home dialysis patient below. Please prepare in blister packs."),
                  "", body_rx, "", close(rng, lang), signature(rng, d.sender, lang, 1))
    d.note = "prescription to community pharmacy"
    return d


def discharge_summary(rng, pool, lang):
    d = Doc(rng, lang, "discharge_summary", True)
    P = pool.any(rng, nam_ok=True)
    neph = staff(rng, "neph")
    gp = Person(*STAFF["gp"][rng.randrange(3)], role="gp", domain=OTHER_ORGS["gmf"][1])
    d.sender, d.to, d.cc = neph, [gp], [staff(rng, "nurse")]
    comp = rng.choice(COMPLICATIONS)
    meds = rng.sample(MEDS, 5)
    adm = d.date.date() - datetime.timedelta(days=rng.randint(5, 12))
    dis = d.date.date() - datetime.timedelta(days=rng.randint(0, 2))
    d.t("patient_name", "diagnosis", "medication", "mrn", "date_of_birth")
    idl = [L(lang, f"Nom : {P.surname.upper()}, {P.given}", f"Name: {P.surname.upper()}, {P.given}"),
           show_mrn(rng, P.mrn, lang), L(lang, f"Né{P.e} le : {fmt_date(P.dob, lang, rng, 0)}", f"DOB: {fmt_date(P.dob, lang, rng, 0)}")]
    if P.nam and rng.random() < 0.5:
        idl.append(f"NAM : {P.nam}" if lang == "fr" else f"RAMQ: {P.nam}")
        d.t("ramq_nam")
    panel, _ = lab_panel(rng, lang)
    d.t("lab_result")
    paras = idl + [("h", L(lang, "Diagnostic principal", "Principal diagnosis")), t(lang, comp),
                   ("h", L(lang, "Évolution", "Hospital course")),
                   L(lang, f"Admis{P.e} le {fmt_date(adm, lang, rng, 1)}, congé le {fmt_date(dis, lang, rng, 1)}. Bonne réponse au traitement. Dialyse à domicile reprise au congé.",
                     f"Admitted {fmt_date(adm, lang, rng, 1)}, discharged {fmt_date(dis, lang, rng, 1)}. Good response to treatment; home dialysis resumed at discharge."),
                   L(lang, "Résultats au congé : ", "Results at discharge: ") + "; ".join(f"{k} {v}" for k, v in panel[:5]),
                   ("h", L(lang, "Médication au congé", "Discharge medications"))] + [t(lang, m) for m in meds] + [
                   ("h", L(lang, "Suivi", "Follow-up")), L(lang, "Clinique de dialyse à domicile dans 2 semaines; bilan dans 1 semaine.",
                                                         "Home dialysis clinic in 2 weeks; bloods in 1 week.")]
    doc = make_docx(L(lang, "Résumé de dossier - congé", "Discharge summary"), paras, author=neph.full)
    fn = rng.choice([L(lang, "resume_conge.docx", "discharge_summary.docx"), f"{P.surname}_{adm.strftime('%Y%m%d')}.docx",
                     L(lang, "Résumé de départ.docx", "DC summary.docx")])
    d.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, fn)
    d.subject = L(lang, f"Résumé de congé - votre patient{P.e}", "Discharge summary - your patient")
    d.body = join(greet(rng, lang, gp.doctor(lang)), "", L(lang, f"Ci-joint le résumé d'hospitalisation de votre patient{P.e} suivi{P.e} en dialyse à domicile.",
                                                           "Attached is the discharge summary for your patient followed in our home dialysis program."),
                  "", close(rng, lang), signature(rng, neph, lang, 3))
    d.note = "discharge summary DOCX"
    return d


TEMPLATES = [(social_worker, 5), (sin_income_support, 3), (peritonitis_handover, 4), (oncall_signout, 3),
             (patient_mail_fwd, 5), (reply_quoted, 4), (subject_only, 4), (filename_only, 4),
             (prescription_pharmacy, 4), (discharge_summary, 4)]
