"""Positive (confidential) templates."""
T = []
def P(lang):
    def d(f): T.append((lang, f)); return f
    return d

def register(G):
    globals().update({k: v for k, v in G.items() if not k.startswith("__")})
    G["POS"].extend(T)

def _hdr(lang, frm_name=None, ext=True):
    dom = in_dom(lang)
    frm_name = frm_name or clerk(lang)
    return addr_of(frm_name, dom), (ext_addr() if ext else addr_of(clerk(lang), in_dom(lang))), frm_name, dom

def nam_types(p): return ["ramq_nam"] if p.get("nam") else []

# ---------------- FR
@P("fr")
def ref_nephro(lang):
    p = patient(lang, True); t, n, s = staff(lang)
    frm, to, who, dom = _hdr(lang, n)
    dfg = rng.randrange(14, 38); cr = rng.randrange(180, 420)
    body = (f"Bonjour,\n\nDemande de consultation en néphrologie – priorité {pick(['B','C'])}\n\n"
            f"Patient{'e' if p['sex']=='F' else ''} : {pname(p)}\nDDN : {dob_fmt(p,lang)}\nNAM : {fmt_nam(p['nam'])}\n\n"
            f"Raison : IRC stade {pick(['3b','4'])} en progression, DFGe {dfg} mL/min (créat {cr} µmol/L), "
            f"{pick(['HTA mal contrôlée','diabète type 2','protéinurie 2,1 g/j'])}.\n"
            f"Rx : {pick(['ramipril 10 mg DIE','empagliflozine 10 mg','amlodipine 5 mg'])}, {pick(['metformine 500 BID (à réviser)','furosémide 40 mg'])}\n\n"
            f"Merci de convoquer à la clinique externe.\n\n{t} {n}\n{s}" + sig(lang, who, "Secrétariat", dom) + disc(lang))
    return dict(cat="referral", frm=frm, to=to, subject=f"Consultation néphro – {p['sur'].upper()} {p['giv']}", date=rand_date(),
                body=body, types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication"],
                note="demande de consultation néphrologie avec nom, DDN, NAM, DFGe et médication")

@P("fr")
def crit_val(lang):
    mrn = gen_mrn(); who = clerk(lang)
    frm, to, _, dom = _hdr(lang, who, ext=False)
    val = pick([("K+", f"{rng.randrange(62, 75)/10:.1f} mmol/L"), ("Hb", f"{rng.randrange(52, 68)} g/L"),
                ("Troponine hs", f"{rng.randrange(800, 4000)} ng/L"), ("Glucose", f"{rng.randrange(29, 35)/10:.1f} mmol/L")])
    body = (f"Valeur critique – labo\n\nDossier {mrn}\n{val[0]} = {val[1]} (prélevé {hour()})\n"
            f"Md traitant pas joignable à la pagette, svp rappeler le labo au poste {rng.randrange(2000,7999)}.\n"
            + sig(lang, who, "Technologiste médicale", dom))
    return dict(cat="critical_value", frm=frm, to=to, subject=f"VALEUR CRITIQUE dossier {mrn}", date=rand_date(), body=body,
                types=["mrn", "lab_result"], note="valeur critique de laboratoire associée à un numéro de dossier")

@P("fr")
def roi_archives(lang):
    p = patient(lang, True); who = clerk(lang)
    frm, to, _, dom = _hdr(lang, who)
    mrn = gen_mrn()
    body = (f"Bonjour Me {pick(['Lavallée','Paré','Simoneau'])},\n\nSuite à votre demande d'accès reçue le {future_day(lang)}, "
            f"vous trouverez ci-joint copie des documents demandés concernant {pname(p,0)} (dossier {mrn}).\n"
            f"L'autorisation signée par l{'a' if p['sex']=='F' else 'e'} patient{'e' if p['sex']=='F' else ''} est au dossier.\n\n"
            f"Frais de reproduction : {rng.randrange(15, 80)},00 $ (facture à suivre)." + sig(lang, who, "Commis aux archives", dom) + DISC_FR)
    pdf = make_pdf("Sommaire d'hospitalisation", [f"Nom: {p['sur'].upper()}, {p['giv']}", f"NAM: {p['nam']}   DDN: {p['dob']}",
                   f"Dossier: {mrn}", "Dx principal: " + pick(["pneumonie communautaire", "fracture hanche D", "NSTEMI", "cellulite jambe G"]),
                   "Congé: domicile avec CLSC", "Médication: " + pick(["apixaban 5 mg BID", "céfuroxime 500 mg BID x 7 j"])])
    return dict(cat="release_of_information", frm=frm, to=to, subject="Votre demande d'accès – dossier " + mrn, date=rand_date(), body=body,
                attachments=[(f"dossier_{mrn}.pdf", "application/pdf", pdf)],
                types=["patient_name", "mrn", "ramq_nam", "date_of_birth", "diagnosis", "medication"],
                note="envoi d'archives à un avocat, PDF de sommaire avec nom, NAM, dossier, diagnostic")

@P("fr")
def onco_list(lang):
    who = staff(lang); frm, to, _, dom = _hdr(lang, who[1], ext=False)
    rows = [["Fauteuil", "Nom", "Dossier", "Protocole", "Remarques"]]
    for i in range(rng.randrange(5, 9)):
        p = patient(lang)
        rows.append([str(i + 1), pname(p, 1), gen_mrn(), pick(["FOLFOX C3", "AC-T C2", "Carbo/Pem C5", "R-CHOP C4", "Gemcitabine J8", "Pembro C7"]),
                     pick(["neutro 1,1 – vérifier", "", "nausées ++", "prémédication Benadryl", "CBC à refaire", "port-a-cath bloqué"])])
    x = make_xlsx("Horaire", rows)
    body = (f"Bonjour,\n\nCi-joint la liste du centre de jour pour {future_day(lang)}. {rng.randrange(2,4)} ajouts de dernière minute en fin de liste.\n"
            f"Merci de confirmer les prémédications.\n\n{who[0]} {who[1]}" + sig(lang, None, "Infirmière pivot", dom))
    return dict(cat="oncology_day_list", frm=frm, to=to, subject="Liste CJO " + future_day(lang), date=rand_date(), body=body,
                attachments=[("liste_CJO.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)],
                types=["patient_name", "mrn", "diagnosis", "medication"], note="liste XLSX du centre de jour d'oncologie: noms, dossiers, protocoles")

@P("fr")
def plainte(lang):
    p = patient(lang); who = pick(CLERKS_FR)
    frm, _, _, dom = _hdr(lang, who)
    to = f"{slug(pick(GIV_FR_F))}.{slug(p['sur'])}@{pick(['videotron-like.example','gmail-like.example'])}"
    mrn = gen_mrn()
    body = (f"Madame,\n\nNous accusons réception de votre plainte concernant les soins reçus par votre {pick(['père','mère','conjoint'])}, "
            f"{pname(p,0)}, lors de son séjour à l'urgence du {future_day(lang)} (dossier {mrn}).\n\n"
            f"Vous mentionnez un délai de {rng.randrange(9, 30)} heures avant l'évaluation de sa {pick(['douleur thoracique','chute avec fracture','confusion aiguë'])} "
            f"et l'absence d'information sur son traitement {pick(['d’anticoagulation','de sa démence','de son insuffisance cardiaque'])}. "
            f"Le dossier a été transmis au chef de service; vous recevrez nos conclusions dans les 45 jours.\n\nVeuillez agréer, Madame, nos salutations distinguées."
            + sig(lang, who, "Commissaire adjointe aux plaintes et à la qualité des services", dom))
    return dict(cat="complaint", frm=frm, to=to, subject="Accusé de réception – plainte " + f"2026-{rng.randrange(100,999)}", date=rand_date(), body=body,
                types=["patient_name", "mrn", "diagnosis"], note="accusé de réception de plainte: nom du patient, dossier, motif clinique")

@P("fr")
def transport_dialyse(lang):
    p = patient(lang); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    adr = f"{rng.randrange(10, 9999)}, rue {pick(['des Pins','Principale','Beaubien','Saint-Denis','du Moulin'])}, app. {rng.randrange(1,12)}, {pick(['Laval','Longueuil','Terrebonne','Montréal'])}"
    body = (f"Bonjour,\n\nSvp prévoir transport adapté pour {pname(p)} – hémodialyse {pick(['lun-mer-ven','mar-jeu-sam'])} {pick(['6h45','11h30','16h'])}\n"
            f"Adresse : {adr}\nTél. : {phone()} (fille, {pick(GIV_FR_F)})\nFauteuil roulant, {pick(['O2 2 L','amputé G','aveugle'])}.\n"
            f"Début {future_day(lang)}.\n\nMerci" + sig(lang, who, "Agente administrative – Hémodialyse", dom))
    return dict(cat="transport_request", frm=frm, to=f"reservation@transportadapte-demo.example", subject=f"Transport HD – {p['sur']}", date=rand_date(),
                body=body, types=["patient_name", "patient_contact", "diagnosis"], note="demande de transport adapté: nom, adresse, téléphone, dialyse")

@P("fr")
def imagerie_suivi(lang):
    p = patient(lang, rng.random() < .5); mrn = gen_mrn(); st = staff(lang)
    frm, to, _, dom = _hdr(lang, st[1])
    body = (f"Bonjour Dr {pick(['Tremblay','Nguyen','Paradis'])},\n\nTrouvaille fortuite à la TDM {pick(['thoracique','abdominale'])} du {future_day(lang)} : "
            f"{pick(['nodule pulmonaire LSD 9 mm','masse surrénalienne G 2,4 cm','lésion hépatique hypodense 14 mm'])}. "
            f"Recommandation : {pick(['TDM contrôle 3 mois','IRM','avis oncologie'])}.\nVotre patient n'a pas de suivi chez nous, merci d'assurer la suite.\n\n{st[0]} {st[1]}, {st[2]}"
            + sig(lang, None, "Secrétariat imagerie", dom))
    subj = f"Suivi imagerie {pname(p,4)} – {mrn}"
    return dict(cat="imaging_followup", frm=frm, to=to, subject=subj, date=rand_date(), body=body,
                types=["patient_name", "mrn", "diagnosis"], note="trouvaille d'imagerie; nom et dossier dans l'objet seulement")

@P("fr")
def pharma_reconc(lang):
    p = patient(lang, True); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    meds = rng.sample(["apixaban 5 mg BID", "métoprolol 25 mg BID", "insuline glargine 22 U HS", "atorvastatine 40 mg DIE",
                       "furosémide 40 mg AM", "lévothyroxine 0,088 mg", "prednisone 7,5 mg", "méthotrexate 15 mg/sem"], 4)
    body = (f"Bonjour,\n\nBilan comparatif au congé – {pname(p)} (DDN {dob_fmt(p,lang)})\nNAM {fmt_nam(p['nam'])}\n\n"
            + "\n".join(f"- {m}" for m in meds) + f"\n\nCESSÉ : {pick(['AAS 80 mg','naproxène','glyburide'])}\nMerci de mettre à jour le profil.\n"
            + sig(lang, who, "Pharmacienne", dom))
    return dict(cat="med_reconciliation", frm=frm, to="pharmacie@pharmaciejc.example", subject="BCM congé", date=rand_date(), body=body,
                types=["patient_name", "date_of_birth", "ramq_nam", "medication"], note="bilan comparatif des médicaments envoyé à une pharmacie communautaire")

@P("fr")
def dpj(lang):
    p = patient(lang, False); y = rng.randrange(2012, 2022); p["dob"] = f"{y}-{rng.randrange(1,13):02d}-{rng.randrange(1,28):02d}"
    who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Bonjour,\n\nSuite à notre appel de ce matin, voici les éléments du signalement :\n"
            f"Enfant : {p['giv']} {p['sur']}, né{'e' if p['sex']=='F' else ''} le {dob_fmt(p,lang)}\n"
            f"Vu à la clinique le {future_day(lang)} pour {pick(['ecchymoses multiples','fracture spiroïde de l’humérus','négligence alimentaire'])}. "
            f"Mère dit que le conjoint {pick(['consomme','est violent','a été incarcéré récemment'])}.\n\n"
            f"Je reste disponible." + sig(lang, who, "Travailleuse sociale", dom) + DISC_FR)
    return dict(cat="social_work", frm=frm, to="signalement@dpj-demo.example", subject="Signalement – suivi", date=rand_date(), body=body,
                types=["patient_name", "date_of_birth", "social_information", "diagnosis"], note="signalement DPJ: nom et DDN d'un enfant, contexte familial")

@P("fr")
def ics_rhumato(lang):
    p = patient(lang); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    start = dt.datetime(2026, rng.randrange(2, 12), rng.randrange(1, 28), rng.randrange(8, 15), 0)
    ics = make_ics(f"RDV rhumato – {p['sur'].upper()} {p['giv']}", f"Suivi {pick(['PR sous adalimumab','lupus','goutte tophacée'])}. Apporter bilan sanguin.",
                   start, f"rdv-{rng.getrandbits(32):x}@chu-exemple.example", "Clinique de rhumatologie, 3e étage")
    to = f"{slug(p['giv'])}.{slug(p['sur'])}{rng.randrange(10,99)}@gmail-like.example"
    body = f"Bonjour {p['giv']},\n\nVoici la confirmation de votre rendez-vous. Arrivez 15 min à l'avance.\n" + sig(lang, who, "Agente administrative", dom)
    return dict(cat="appointment_ics", frm=frm, to=to, subject="Confirmation de rendez-vous", date=rand_date(), body=body,
                attachments=[("invitation.ics", "text/calendar", ics)], types=["patient_name", "patient_contact", "diagnosis"],
                note="invitation ICS de rendez-vous en rhumatologie au patient, diagnostic dans la description")

@P("fr")
def nam_disguised(lang):
    p = patient(lang, True); st = staff(lang); frm, to, _, dom = _hdr(lang, st[1], ext=False)
    n = p["nam"]
    disg = pick([" ".join(n[:4]) + " / " + " ".join(n[4:]), n[:4] + " (lettres) puis " + n[4:8] + " et " + n[8:],
                 f"{n[:2]}*{n[2:4]}*{n[4:6]}*{n[6:8]}*{n[8:10]}*{n[10:]}"])
    body = (f"Salut,\n\nJe t'écris le no d'assurance maladie en morceaux pour que le courriel passe pas dans le filtre : {disg}\n"
            f"C'est pour {p['giv']} ({pick(['HbA1c 10,2 %','TSH 48','créat 310'])}), je l{'a' if p['sex']=='F' else 'e'} vois {future_day(lang)}.\n\n{st[1].split()[0]}")
    return dict(cat="disguised_identifier", frm=frm, to=to, subject="le patient de jeudi", date=rand_date(), body=body,
                types=["ramq_nam", "patient_name", "lab_result"], note="NAM volontairement découpé pour contourner le filtre, avec prénom et résultat")

@P("fr")
def patient_etranger(lang):
    p = patient(lang); be = rng.random() < .5
    ident = gen_niss(p["dob"], p["sex"]) if be else gen_nir(p["dob"], p["sex"])
    idf = fmt_digits(ident, [2, 2, 2, 3, 2] if be else [1, 2, 2, 2, 3, 3, 2])
    who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Bonjour,\n\nPatient{'e' if p['sex']=='F' else ''} non résident{'e' if p['sex']=='F' else ''} vu{'e' if p['sex']=='F' else ''} à l'urgence puis en cardiologie :\n"
            f"{pname(p,1)} – {'NISS' if be else 'NIR'} {idf}\nDx : {pick(['FA rapide','syncope','infarctus NSTEMI'])}\n"
            f"Montant facturé : {rng.randrange(1200, 9800)} $ CA. Merci de confirmer la prise en charge par {'la mutualité' if be else 'la CPAM'}.\n"
            + sig(lang, who, "Facturation – patients non assurés", dom))
    return dict(cat="foreign_patient_billing", frm=frm, to=f"international@{pick(['mutualite-demo.example','assurvie-demo.example'])}",
                subject="Prise en charge – patient étranger", date=rand_date(), body=body,
                types=["patient_name", "be_niss" if be else "fr_nir", "diagnosis"], note="facturation d'un patient européen avec identifiant national et diagnostic")

@P("fr")
def reply_quoted(lang):
    p = patient(lang, True); st = staff(lang); who = clerk(lang)
    frm, to, _, dom = _hdr(lang, who)
    orig = (f"Bonjour, pourriez-vous devancer le rdv d'endocrino de {pname(p)} (NAM {fmt_nam(p['nam'])})? "
            f"Glycémies à jeun à {rng.randrange(14, 22)} malgré l'insuline.\nMerci\nDr Paradis, GMF")
    body = (f"Bonjour,\n\nC'est fait, nouveau rdv le {future_day(lang)} à {hour()} avec {st[0]} {st[1]}.\n" + sig(lang, who, None, dom)
            + quote(orig, "GMF de la Rivière <secretariat@gmf-riviere.example>", future_day(lang), lang))
    return dict(cat="booking_reply", frm=frm, to="secretariat@gmf-riviere.example", subject="RE: devancer rdv", date=rand_date(), body=body,
                types=["patient_name", "ramq_nam", "lab_result"], note="réponse de prise de rdv; le NAM et les glycémies sont dans le texte cité")

@P("fr")
def fwd_attached(lang):
    p = patient(lang, True); who = clerk(lang); frm, to, _, dom = _hdr(lang, who)
    inner_body = (f"Bonjour,\nRéférence en cardiologie pour {pname(p,0)}, {age(p)} ans, NAM {p['nam']}.\n"
                  f"Dyspnée NYHA III, FEVG {rng.randrange(20, 35)} % à l'écho.\nDr Nguyen\n")
    inner, _ = build_message(dict(frm="Dr Nguyen <dr.nguyen@clinique-du-parc.example>", to=addr_of(who, dom), subject="Référence cardio",
                                  date=rand_date(), body=inner_body), {"kind": "plain"}, inner=True)
    body = f"Bonjour,\n\nJe vous transfère la référence ci-jointe, la clinique de cardio de Saint-Luc a une meilleure disponibilité.\n" + sig(lang, who, None, dom)
    return dict(cat="forwarded_referral", frm=frm, to="cardio.rendezvous@hopital-sainte-claire.example", subject="TR: Référence cardio",
                date=rand_date(), body=body, attachments=[("Référence cardio.eml", "message/rfc822", inner)], fwd_attached=True,
                types=["patient_name", "ramq_nam", "diagnosis"], note="référence en cardiologie transférée comme pièce jointe .eml")

# ---------------- EN
@P("en")
def ohip_referral(lang):
    p = patient(lang); st = staff(lang); who = clerk(lang); frm, to, _, dom = _hdr(lang, who)
    hn = gen_ohn(); vc = pick(["", " " + pick(["AB", "KT", "HX", "ZN"])])
    body = (f"Good afternoon,\n\nPlease find referral below for {st[2]} ({st[0]} {st[1]}).\n\n"
            f"Name: {pname_en(p)}\nDOB: {dob_fmt(p,lang)}\nOHIP: {fmt_digits(hn,[4,3,3])}{vc}\nPhone: {phone()}\n\n"
            f"Reason: {pick(['new onset AFib, CHADS-VASc 3','eGFR 24, rising creatinine','TSH <0.01, weight loss','inflammatory arthritis, RF+'])}\n"
            f"Meds: {pick(['metoprolol 50 BID','ramipril 5','methimazole 10','naproxen prn'])}\n\nThanks," + sig(lang, who, None, dom))
    return dict(cat="referral", frm=frm, to="intake@northside-fht.example", subject=f"Referral - {p['sur']}", date=rand_date(), body=body,
                types=["patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "medication"],
                note="referral with name, DOB, Ontario health number, phone and reason")

@P("en")
def crit_en(lang):
    mrn = gen_mrn(); who = clerk(lang); frm, to, _, dom = _hdr(lang, who, ext=False)
    body = (f"Critical result called to Dr. {pick(['Kwan','Stone','Adeyemi'])}'s office, no answer.\n\nMRN {mrn}\n"
            f"{pick(['Potassium 7.1 mmol/L (hemolysed? no)','INR 8.9','Lactate 6.2','Platelets 11 x10^9/L'])}\n"
            f"Collected {hour_en()}. Please acknowledge.\n" + sig(lang, who, "MLT, Core Lab", dom))
    return dict(cat="critical_value", frm=frm, to=to, subject=f"CRITICAL - {mrn}", date=rand_date(), body=body,
                types=["mrn", "lab_result"], note="critical lab value tied to an MRN")

@P("en")
def roi_sin(lang):
    p = patient(lang); s = gen_sin(); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Hello,\n\nRe: {pname_en(p)}, SIN {fmt_digits(s,[3,3,3])}\n\nAs requested for the long-term disability claim, attached are the clinic notes "
            f"from Rheumatology ({pick(['ankylosing spondylitis','lupus nephritis','psoriatic arthritis'])}) for the period Jan–Jun. "
            f"Patient consent form on file.\n" + sig(lang, who, "Release of Information", dom) + DISC_EN)
    d = make_docx("Clinic note", [f"Patient: {p['giv']} {p['sur']}  DOB {p['dob']}", "Assessment: persistent synovitis, fatigue, unable to work",
                                  "Plan: continue methotrexate 20 mg weekly, start etanercept"])
    return dict(cat="release_of_information", frm=frm, to="claims@assurvie-demo.example", subject="ROI - LTD claim documents", date=rand_date(),
                body=body, attachments=[("clinic_notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d)],
                types=["patient_name", "ca_sin", "diagnosis", "date_of_birth", "medication"], note="release of information to insurer with SIN and clinic note DOCX")

@P("en")
def hd_handover(lang):
    rows = [["Chair", "Patient", "MRN", "K", "Hb", "Issue"]]
    for i in range(rng.randrange(5, 10)):
        p = patient(lang, rng.random() < .2)
        rows.append([f"{i+1}", pname(p, pick([1, 5, 6])), gen_mrn(), f"{rng.randrange(35, 68)/10}", str(rng.randrange(82, 125)),
                     pick(["fistula bruit weak", "missed Sat", "EPO held", "fluid overload 3kg", "", "new line"])])
    c = make_csv(rows)
    st = staff(lang); frm, to, _, dom = _hdr(lang, st[1], ext=False)
    body = f"Handover for tomorrow's HD shift attached. Chairs 3 and 7 need labs redrawn.\n\n{st[1].split()[0]}\n"
    return dict(cat="handover_list", frm=frm, to=to, subject="HD handover", date=rand_date(), body=body,
                attachments=[("handover.csv", "text/csv", c)], types=["patient_name", "mrn", "lab_result", "diagnosis"],
                note="hemodialysis handover CSV with names, MRNs and labs")

@P("en")
def complaint_en(lang):
    p = patient(lang); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Dear {pick(['Ms.','Mr.'])} {p['sur']},\n\nThank you for contacting Patient Relations about your {pick(['mother','father','wife','husband'])}, "
            f"{p['giv']} {p['sur']}, and the cancellation of {'her' if p['sex']=='F' else 'his'} chemotherapy on {future_day(lang)}. "
            f"I have reviewed the events with the Oncology Day Unit manager: the treatment was held because of a low neutrophil count "
            f"({rng.randrange(5,9)/10} x10^9/L), but this was not explained clearly to your family. We apologise.\n\n"
            f"File reference PR-{rng.randrange(10000,99999)}." + sig(lang, who, "Patient Relations Specialist", dom))
    return dict(cat="complaint", frm=frm, to=f"{slug(p['sur'])}.family@gmail-like.example", subject="Your concern - Oncology Day Unit", date=rand_date(),
                body=body, types=["patient_name", "diagnosis", "lab_result"], note="patient relations reply naming the patient, chemo held, ANC value")

@P("en")
def homecare(lang):
    p = patient(lang); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Hi team,\n\nNew referral for home care nursing:\n{pname_en(p)}, {age(p)}{'F' if p['sex']=='F' else 'M'}\n"
            f"{rng.randrange(10,999)} {pick(['Maple Cres','King St W','Elm Ave','Lakeview Dr'])}, Unit {rng.randrange(1,40)}, {pick(['Oshawa','Nepean','Brampton'])} ON\n"
            f"Cell {phone()}\nNeeds: {pick(['daily insulin teaching','PICC care + IV ertapenem','wound care sacral ulcer stage 3'])}\n"
            f"Lives alone, {pick(['ODSP recipient','no family nearby','son has POA'])}.\n" + sig(lang, who, "Discharge Planner", dom))
    return dict(cat="home_care_request", frm=frm, to="referrals@homecare-ontario.example", subject="Home care referral", date=rand_date(),
                body=body, types=["patient_name", "patient_contact", "diagnosis", "social_information"], note="home care referral with address, phone, care needs, social situation")

@P("en")
def discharge_pdf(lang):
    p = patient(lang); mrn = gen_mrn(); st = staff(lang); frm, to, _, dom = _hdr(lang, st[1])
    pdf = make_pdf("DISCHARGE SUMMARY", [f"Patient: {p['sur'].upper()}, {p['giv']}   MRN: {mrn}", f"DOB: {p['dob']}  Sex: {p['sex']}",
                   "Admitting dx: " + pick(["CHF exacerbation", "DKA", "AKI on CKD", "febrile neutropenia"]),
                   "Discharge meds: furosemide 40 mg BID, spironolactone 25 mg", "Follow-up: clinic in 2 weeks, BMP in 1 week"])
    body = f"Dear colleague,\n\nDischarge summary attached for your patient. Please arrange bloodwork in one week.\n\n{st[0]} {st[1]}\n{st[2]}\n" + disc(lang)
    return dict(cat="discharge_summary", frm=frm, to=to, subject="Discharge summary", date=rand_date(), body=body,
                attachments=[(f"DS_{mrn}.pdf", "application/pdf", pdf)], types=["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"],
                note="discharge summary PDF attached (name, MRN, DOB, diagnosis, meds)")

@P("en")
def vcard_booking(lang):
    p = patient(lang); who = clerk(lang); frm, to, _, dom = _hdr(lang, who, ext=False)
    adr = f"{rng.randrange(10,999)} {pick(['Birch Rd','Bank St','Sherbrooke St W'])}"
    v = make_vcf(f"{p['giv']} {p['sur']}", p["sur"], p["giv"], phone(), adr, f"Echo + stress test booking, cardiology clinic, DOB {p['dob']}")
    body = f"Tracy - contact card for the patient who needs echo + stress test booked, she only answers after 5pm.\n\nThx\n{who.split()[0]}"
    return dict(cat="booking_vcard", frm=frm, to=to, subject="pt contact for echo booking", date=rand_date(), body=body,
                attachments=[(f"{p['sur']}.vcf", "text/vcard", v)], types=["patient_name", "patient_contact", "date_of_birth", "diagnosis"],
                note="vCard of a patient with home phone/address for cardiac test booking")

@P("en")
def research(lang):
    p = patient(lang); mrn = gen_mrn(); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Hi Anita,\n\nParticipant {pick(['RENAL-07','CARDIO-HF','DIAB-ENDO'])}-{rng.randrange(100,999)} ({p['giv']} {p['sur']}, MRN {mrn}) had an SAE: "
            f"{pick(['hospitalised for hyperkalemia','syncope with fall','acute pancreatitis'])} on {future_day(lang)}. "
            f"SAE form to follow within 24h. Unblinding not requested.\n" + sig(lang, who, "Clinical Research Coordinator", dom))
    return dict(cat="research_sae", frm=frm, to="safety@cro-demo.example", subject="SAE notification", date=rand_date(), body=body,
                types=["patient_name", "mrn", "diagnosis"], note="research SAE report naming the participant with MRN")

@P("en")
def a1c_subject(lang):
    p = patient(lang); st = staff(lang); frm, to, _, dom = _hdr(lang, st[1])
    body = (f"Latest is {rng.randrange(88, 120)/10}%, up from {rng.randrange(70, 85)/10}. I've increased the Ozempic to 1 mg. "
            f"Can you see {'her' if p['sex']=='F' else 'him'} in 3 months?\n\nFiona")
    return dict(cat="lab_followup", frm=frm, to=to, subject=f"Re: {p['sur']}, {p['giv']} - A1c", date=rand_date(), body=body,
                types=["patient_name", "lab_result", "medication"], note="A1c result and med change; patient named only in subject")

@P("en")
def imaging_mrn(lang):
    mrn = gen_mrn(); who = clerk(lang); frm, to, _, dom = _hdr(lang, who)
    body = (f"Hello,\n\nFollow-up reminder: MRN {mrn} — {pick(['thyroid nodule TI-RADS 4','renal cyst Bosniak IIF','6 mm lung nodule'])} "
            f"on {pick(['US','CT'])}. Recommended repeat imaging is overdue. Please book or advise if care transferred.\n" + sig(lang, who, "DI Follow-up Registry", dom))
    return dict(cat="imaging_followup", frm=frm, to=to, subject="Overdue imaging follow-up", date=rand_date(), body=body,
                types=["mrn", "diagnosis"], note="imaging follow-up reminder: MRN with finding")

@P("en")
def qc_anglo_nam(lang):
    p = patient(lang, True); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = (f"Hi,\n\nCould you send us the last nephrology note for {pname_en(p)} (RAMQ {fmt_nam(p['nam'])})? "
            f"{'She' if p['sex']=='F' else 'He'}'s transferring to our renal clinic, last creat was {rng.randrange(150,400)}.\n\nThanks\n" + sig(lang, who, None, dom))
    return dict(cat="records_request", frm=frm, to="archives@chu-exemple.example", subject="records transfer request", date=rand_date(), body=body,
                types=["patient_name", "ramq_nam", "lab_result"], note="inter-hospital records request with RAMQ number")

@P("en")
def zip_labs(lang):
    files = []
    for i in range(rng.randrange(2, 4)):
        p = patient(lang); mrn = gen_mrn()
        files.append((f"lab_{mrn}.pdf", make_pdf("Laboratory report", [f"{p['sur']}, {p['giv']}  MRN {mrn}  DOB {p['dob']}",
                      f"Creatinine {rng.randrange(90, 450)} umol/L", f"eGFR {rng.randrange(10, 60)}", f"HbA1c {rng.randrange(60, 110)/10}%"])))
    z = make_zip(files); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    body = "Hello,\n\nAs discussed, the outstanding lab reports for your patients are in the attached zip (password sent separately).\n" + sig(lang, who, None, dom)
    return dict(cat="lab_reports_zip", frm=frm, to="fax2mail@northside-fht.example", subject="Lab reports", date=rand_date(), body=body,
                attachments=[("labs.zip", "application/zip", z)], types=["patient_name", "mrn", "date_of_birth", "lab_result"],
                note="ZIP of lab report PDFs for several patients")

@P("en")
def fwd_inline_en(lang):
    p = patient(lang); who = clerk(lang); frm, to, _, dom = _hdr(lang, who)
    orig = (f"Hi, {p['giv']} {p['sur']} here, my appointment for my kidney biopsy results got cancelled again. I'm on dialysis waitlist and very worried. "
            f"Please call me at {phone()}.")
    body = ("FYI - can someone from the renal clinic call this patient back today? Forwarding from the general inbox.\n" + sig(lang, who, None, dom)
            + fwd_inline(orig, f"{p['giv']} {p['sur']} <{slug(p['giv'])}{rng.randrange(10,99)}@gmail-like.example>", "info@lakeshore-health.example",
                         "cancelled appointment", future_day(lang), lang))
    return dict(cat="forwarded_patient_email", frm=frm, to=to, subject="FW: cancelled appointment", date=rand_date(), body=body,
                types=["patient_name", "patient_contact", "diagnosis"], note="inline forward of a patient's own e-mail with phone and condition")

@P("fr")
def signout_cardio(lang):
    st = staff(lang); frm, to, _, dom = _hdr(lang, st[1], ext=False)
    lines = []
    for i in range(rng.randrange(4, 7)):
        p = patient(lang, False)
        lines.append(f"Lit {rng.randrange(1,30)} – {p['sur']} {p['giv'][0]}. {age(p)}a – {pick(['NSTEMI J2, héparine IV','IC décompensée, Lasix 80 IV BID','FA rapide, amio','post-ICP, DAPT','syncope, holter en cours'])} – {pick(['trop 6h à suivre','K+ à recontrôler','NPO pour coro demain','famille à appeler','RAS'])}")
    body = f"Sign-out cardio ce soir :\n\n" + "\n".join(lines) + f"\n\nBonne garde\n{st[1].split()[0]}"
    return dict(cat="signout_list", frm=frm, to=to, subject="sign-out 7e", date=rand_date(), body=body,
                types=["patient_name", "diagnosis", "medication"], note="liste de sign-out en texte: noms abrégés, âge, diagnostics, traitements")

@P("fr")
def archives_transfert(lang):
    p = patient(lang, True); mrn = "%08d" % rng.randrange(10**7, 10**8); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    mrn_fw = mrn[:4] + "\n" + mrn[4:].translate(FULLW)
    body = (f"Bonjour,\n\nDemande de transfert de dossier interétablissements.\nUsager : {pname(p,2)}, {'née' if p['sex']=='F' else 'né'} le {dob_fmt(p,lang)}\n"
            f"Notre n° de dossier : {mrn_fw}\nDocuments : notes de néphrologie, résultats de biopsie rénale (2025), protocoles opératoires.\n"
            f"Motif : suivi en {pick(['greffe rénale','hémodialyse','clinique de prédialyse'])} chez vous.\n" + sig(lang, who, "Archives médicales", dom))
    return dict(cat="records_transfer", frm=frm, to="archives@hopital-sainte-claire.example", subject="Transfert de dossier", date=rand_date(), body=body,
                types=["patient_name", "date_of_birth", "mrn", "diagnosis"], note="transfert de dossier; numéro de dossier coupé sur deux lignes et en chiffres pleine chasse")

@P("en")
def same_surname(lang):
    st = pick(STAFF_EN); sur = st[1].split()[1]
    p = patient(lang, False); p["sur"] = sur
    frm, to, _, dom = _hdr(lang, st[1])
    body = (f"Hi,\n\nJust to avoid confusion at the front desk: the {p['giv']} {sur} booked in my Thursday clinic is a patient (no relation!), "
            f"coming for {pick(['a post-MI follow-up','her lupus flare','a new thyroid nodule','CKD stage 4 counselling'])}. Please register under "
            f"MRN {gen_mrn()} and not my staff ID.\n\n{st[0]} {st[1]}")
    return dict(cat="registration_note", frm=frm, to=to, subject="Thursday clinic - same last name", date=rand_date(), body=body,
                types=["patient_name", "mrn", "diagnosis"], note="patient sharing the physician's surname, with MRN and reason for visit")

@P("en")
def prior_auth(lang):
    p = patient(lang); who = clerk(lang); frm, _, _, dom = _hdr(lang, who)
    drug = pick(["adalimumab 40 mg q2w", "tocilizumab 162 mg weekly", "upadacitinib 15 mg daily"])
    body = (f"Special Authorization Request\n\nPatient: {pname_en(p)}\nDate of birth: {dob_fmt(p,lang)}\nPlan member ID: {rng.randrange(10**7,10**8)}\n"
            f"Diagnosis: {pick(['rheumatoid arthritis','psoriatic arthritis','ankylosing spondylitis'])}, failed methotrexate and leflunomide\n"
            f"Requested: {drug}\nDAS28: {rng.randrange(50,68)/10}\n\nPrescriber: Dr. Rachel Whitford, Rheumatology" + sig(lang, who, "Biologics Coordinator", dom))
    return dict(cat="prior_authorization", frm=frm, to="drugclaims@assurvie-demo.example", subject="Special authorization - biologic", date=rand_date(), body=body,
                transport={"kind": "html"}, types=["patient_name", "date_of_birth", "diagnosis", "medication", "lab_result"],
                note="insurer special authorization with patient name, DOB, diagnosis, biologic")

@P("fr")
def liste_attente(lang):
    who = clerk(lang); frm, to, _, dom = _hdr(lang, who, ext=False)
    rows = [["Nom", "Prénom", "DDN", "NAM", "Priorité", "Motif"]]
    for p in rng.sample(NAMS, rng.randrange(4, 8)):
        rows.append([p["sur"], p["giv"], p["dob"], p["nam"], pick(["A", "B", "C"]), pick(["IRC 4", "protéinurie", "HTA réfractaire", "polykystose", "hyperkaliémie récid."])])
    c = make_csv(rows, "windows-1252")
    body = f"Bonjour,\n\nVoici l'extraction de la liste d'attente de la clinique de néphrologie pour la révision des priorités de {future_day(lang)}.\n" + sig(lang, who, None, dom)
    return dict(cat="waiting_list", frm=frm, to=to, subject="Liste d'attente néphro – révision", date=rand_date(), body=body,
                attachments=[("liste_attente_nephro.csv", "text/csv", c, "windows-1252")], types=["patient_name", "date_of_birth", "ramq_nam", "diagnosis"],
                note="extraction CSV de liste d'attente avec noms, DDN, NAM et motifs")

@P("fr")
def resultat_patient(lang):
    p = patient(lang); st = staff(lang); frm, _, _, dom = _hdr(lang, st[1])
    to = f"{slug(p['giv'])}{rng.randrange(1,99)}@videotron-like.example"
    body = (f"Bonjour {'Madame' if p['sex']=='F' else 'Monsieur'} {p['sur']},\n\nComme convenu au téléphone, vos derniers résultats : "
            f"TSH {rng.randrange(1,60)/10} mUI/L, T4 libre {rng.randrange(9,25)} pmol/L. On garde la même dose de lévothyroxine "
            f"({pick(['0,1','0,125','0,075'])} mg). Prochain rendez-vous à la clinique d'endocrinologie dans 6 mois.\n\n{st[0]} {st[1]}")
    return dict(cat="results_to_patient", frm=frm, to=to, subject="Vos résultats", date=rand_date(), body=body,
                types=["patient_name", "patient_contact", "lab_result", "medication"], note="résultats de laboratoire envoyés au patient à son courriel personnel")
