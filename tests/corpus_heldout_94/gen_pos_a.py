"""Positive templates, part A: clinical correspondence between professionals."""
import datetime as dt

import gen_common as C
import gen_data as D
import gen_files as F
import gen_ids as I
import gen_mime as M


def _spec(cat, lang, subject, frm, to, body, types, note, **kw):
    s = {"cat": cat, "lang": lang, "subject": subject, "frm": frm, "to": to, "body": body,
         "types": set(types), "note": note, "nams": [], "ids": {}}
    s.update(kw)
    return s


def nam_label(rng, lang):
    if lang == "fr":
        return rng.choice(["NAM", "NAM :", "No RAMQ", "RAMQ", "Assurance maladie", "No d'assurance maladie :"])
    return rng.choice(["RAMQ", "RAMQ #", "Health card", "HIN (RAMQ):", "Medicare no."])


def _colon(lbl):
    return lbl if lbl.endswith(":") else lbl + (" :" if " " in lbl and not lbl.isupper() else ":")


OAT_FR = [("méthadone", "{d} mg DIE", [60, 70, 80, 95, 110, 130]),
          ("buprénorphine-naloxone (Suboxone)", "{d} mg SL DIE", [8, 12, 16, 24]),
          ("Sublocade (buprénorphine LP inj.)", "{d} mg SC q mois", [100, 300]),
          ("Kadian (morphine LL)", "{d} mg PO DIE", [200, 400, 600, 800])]
OAT_EN = [("methadone", "{d} mg daily", [60, 70, 80, 95, 110, 130]),
          ("buprenorphine-naloxone (Suboxone)", "{d} mg SL daily", [8, 12, 16, 24]),
          ("Sublocade (extended-release buprenorphine)", "{d} mg SC monthly", [100, 300]),
          ("Kadian (slow-release oral morphine)", "{d} mg PO daily", [200, 400, 600, 800])]


def oat(rng, lang):
    name, pat, doses = rng.choice(OAT_FR if lang == "fr" else OAT_EN)
    return name, pat.format(d=rng.choice(doses))


# ---------------------------------------------------------------- 1 referral
def referral_oat(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult") if rng.random() < 0.8 else ctx.people.invented(lang)
    doc = C.st(rng.choice(["Desjardins", "Weiss", "Lemieux"]))
    dest = C.st(rng.choice(["Vachon", "Lavoie"]))
    types = {"patient_name", "diagnosis", "medication"}
    nm = I.name(rng, p, lang)
    dob = I.fmt_date(rng, p["dob"], lang)
    ids = []
    if p["nam"]:
        ids.append(f"{_colon(nam_label(rng, lang))} {I.disguise_nam(rng, p['nam'])}")
        types.add("ramq_nam")
    if rng.random() < 0.7:
        ids.append(("Né" + I.e(p, "", "e") + " le " if lang == "fr" else "DOB: ") + dob)
        types.add("date_of_birth")
    sub = rng.choice(["fentanyl inhalé", "fentanyl IV", "hydromorphone de rue", "oxycodone achetée dans la rue",
                      "héroïne/fentanyl IV"]) if lang == "fr" else rng.choice(
        ["smoked fentanyl", "IV fentanyl", "street hydromorphone", "diverted oxycodone"])
    soc_fr = rng.choice(["Présentement en refuge (Clair-Matin), sans adresse fixe.",
                         "Vit en chambre, perte de logement prévue le 1er avril.",
                         "Sortie de détention il y a 10 jours, suivi en probation.",
                         "Prestataire d'aide sociale, vit seul" + I.e(p, "", "e") + ".",
                         "Vit avec conjoint(e), contexte de violence conjugale rapporté."])
    soc_en = rng.choice(["Currently staying at Refuge Clair-Matin, no fixed address.",
                         "Rooming house, facing eviction on April 1.",
                         "Released from provincial detention 10 days ago; on probation.",
                         "On social assistance, lives alone.",
                         "Lives with partner; disclosed intimate partner violence."])
    med, dose = oat(rng, lang)
    if rng.random() < 0.7:
        types.add("social_information")
        soc = soc_fr if lang == "fr" else soc_en
    else:
        soc = ""
    if lang == "fr":
        subj = rng.choice(["Référence TAO", "Demande de prise en charge TAO", "Réf. clinique dépendances",
                           f"Référence TAO – {p['surname']}"])
        body = (f"{C.greet(rng, 'fr', dest.short('fr'))}\n\n"
                f"Je vous réfère {nm} ({', '.join(ids) if ids else 'voir dossier'}), hospitalisé{I.e(p, '', 'e')} "
                f"à l'unité de médecine depuis le {I.fmt_date(rng, I.past_day(rng, 3, 12), 'fr', 'long')} pour "
                f"{rng.choice(['une cellulite à l’avant-bras', 'une pneumonie', 'une surdose (naloxone x2 par Urgences-santé)', 'un abcès fessier drainé'])}.\n\n"
                f"Trouble lié à l'usage des opioïdes sévère ({sub}, environ {rng.choice(['0,5', '1', '2'])} g/jour). "
                f"Induction débutée ici : {med} {dose}, dernière dose reçue ce matin.\n"
                + (f"{soc}\n" if soc else "") +
                f"{rng.choice(['Sérologies VIH/VHC faites, résultats à suivre.', 'VHC anticorps positif, ARN en attente.', 'ECG : QTc 452 ms.', ''])}\n\n"
                f"Congé prévu d'ici 48 h. Pourriez-vous {I.e(p, 'le', 'la')} voir rapidement pour assurer la continuité de la dose? "
                f"La pharmacie communautaire n'a pas encore été choisie.\n\n{C.close(rng, 'fr')}\n{C.signature(rng, doc, 'fr')}")
    else:
        subj = rng.choice(["OAT referral", "Referral – opioid agonist treatment", f"Referral: {p['surname']}",
                           "New referral for addiction clinic"])
        body = (f"{C.greet(rng, 'en', dest.short('en'))}\n\n"
                f"Referring {nm} ({', '.join(ids) if ids else 'chart to follow'}), admitted to medicine on "
                f"{I.fmt_date(rng, I.past_day(rng, 3, 12), 'en', 'long')} with "
                f"{rng.choice(['forearm cellulitis', 'community-acquired pneumonia', 'an opioid overdose (naloxone x2 by EMS)', 'a gluteal abscess, drained'])}.\n\n"
                f"Severe opioid use disorder ({sub}). We started {med} {dose}; last dose given this morning.\n"
                + (f"{soc}\n" if soc else "") +
                f"{rng.choice(['HIV/HCV serology sent, pending.', 'HCV antibody positive, RNA pending.', 'ECG: QTc 448 ms.', ''])}\n\n"
                f"Expected discharge within 48 h - could your team see them quickly so there is no gap in dosing?\n\n"
                f"{C.close(rng, 'en')}\n{C.signature(rng, doc, 'en')}")
    spec = _spec("referral_oat", lang, subj, doc.who(lang), [dest.who(lang)], body, types,
                 "referral to OAT clinic with identifiers and diagnosis")
    if p["nam"]:
        spec["nams"] = [p["nam"]]
    return spec


# ---------------------------------------------------------------- 2 HCV consult reply
def consult_hcv(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult") if rng.random() < 0.5 else ctx.people.invented(lang, min_age=25, max_age=70)
    hep = C.st("Raman")
    dest = C.st(rng.choice(["Vachon", "Goldberg", "Haddad"]))
    nm = I.name(rng, p, lang)
    types = {"patient_name", "diagnosis", "lab_result", "medication"}
    vl = rng.choice(["1 240 000", "386 000", "5,9 x 10^6", "72 300", "2 450 000"])
    geno = rng.choice(["1a", "3a", "2", "1b"])
    kpa = rng.choice(["5,8", "7,1", "9,4", "12,6", "16,2"])
    rx = rng.choice(["sofosbuvir/velpatasvir (Epclusa) 1 co DIE x 12 semaines",
                     "glécaprévir/pibrentasvir (Maviret) 3 co DIE x 8 semaines"]) if lang == "fr" else rng.choice(
        ["sofosbuvir/velpatasvir (Epclusa) 1 tab daily x 12 weeks",
         "glecaprevir/pibrentasvir (Maviret) 3 tabs daily x 8 weeks"])
    idl = ""
    spec_nams = []
    if p["nam"] and rng.random() < 0.7:
        idl = f" – {I.disguise_nam(rng, p['nam'])}"
        types.add("ramq_nam")
        spec_nams = [p["nam"]]
    else:
        idl = f" (dossier {p['mrn']})" if lang == "fr" else f" (MRN {p['mrn']})"
        types.add("mrn")
    if lang == "fr":
        subj = rng.choice(["Réponse consultation hépatologie", "RE: consult VHC", "Consultation VHC – réponse",
                           f"Consult hépato {p['surname']}"])
        body = (f"{C.greet(rng, 'fr', dest.short('fr'))}\n\n"
                f"J'ai vu {nm}{idl} en clinique ce matin.\n\n"
                f"Hépatite C chronique, génotype {geno}. ARN VHC : {vl} UI/mL. ALT {rng.randrange(48, 190)} U/L, "
                f"plaquettes {rng.randrange(110, 290)} x10^9/L. FibroScan : {kpa} kPa"
                f"{' (F3-F4, surveillance échographique q6 mois)' if kpa in ('12,6', '16,2') else ''}.\n"
                f"Pas de VHB actif (AgHBs nég., anti-HBs {rng.choice(['nég. – vaccin à débuter', 'pos.'])}). VIH négatif.\n\n"
                f"Plan : {rx}. Interactions vérifiées avec la {rng.choice(['méthadone', 'buprénorphine', 'quétiapine'])} : aucune significative.\n"
                f"Je fais la demande de médicament d'exception à la RAMQ. RVR à 12 semaines post-traitement.\n\n"
                f"{rng.choice(['Réinfection possible : counselling réduction des méfaits fait (matériel stérile, SCS).', I.e(p, 'Patient très motivé.', 'Patiente très motivée.'), ''])}\n\n"
                f"{C.close(rng, 'fr')}\n{C.signature(rng, hep, 'fr')}")
    else:
        subj = rng.choice(["Hepatology consult note", "RE: HCV consult", f"HCV consult – {p['surname']}",
                           "Consult reply – hep C"])
        body = (f"{C.greet(rng, 'en', dest.short('en'))}\n\n"
                f"Saw {nm}{idl} in clinic today.\n\n"
                f"Chronic hepatitis C, genotype {geno}. HCV RNA {vl.replace(',', '.')} IU/mL. ALT {rng.randrange(48, 190)} U/L, "
                f"platelets {rng.randrange(110, 290)}. FibroScan {kpa.replace(',', '.')} kPa.\n"
                f"HBsAg negative, HIV negative.\n\n"
                f"Plan: {rx}. Checked interactions with {rng.choice(['methadone', 'buprenorphine', 'quetiapine'])} - none significant.\n"
                f"I'll submit the RAMQ exception drug request. SVR12 bloodwork 12 weeks after end of treatment.\n\n"
                f"{C.close(rng, 'en')}\n{C.signature(rng, hep, 'en')}")
    s = _spec("consult_hcv", lang, subj, hep.who(lang), [dest.who(lang)], body, types,
              "hepatology consult reply with HCV results and DAA plan")
    s["nams"] = spec_nams
    return s


# ---------------------------------------------------------------- 3 PrEP follow-up
def prep_followup(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang, min_age=19, max_age=55) if rng.random() < 0.6 else ctx.people.holder("adult")
    ips = C.st("Goldberg")
    dest = C.st(rng.choice(["Haddad", "Restrepo", "Beaulieu"]))
    nm = I.name(rng, p, lang)
    types = {"patient_name", "lab_result", "medication"}
    cr = rng.randrange(68, 128)
    egfr = rng.choice([58, 64, 72, 88, 96, 105])
    sti = rng.choice(["chlamydia rectale positive", "gonorrhée pharyngée positive", "syphilis : RPR 1:32, TPPA +",
                      "ITSS négatives"])
    sti_en = {"chlamydia rectale positive": "rectal chlamydia POSITIVE",
              "gonorrhée pharyngée positive": "pharyngeal gonorrhea POSITIVE",
              "syphilis : RPR 1:32, TPPA +": "syphilis: RPR 1:32, TPPA reactive",
              "ITSS négatives": "all STI screens negative"}[sti]
    if "négatives" not in sti:
        types.add("diagnosis")
    nams = []
    ident = ""
    if p["nam"]:
        ident = f" ({I.disguise_nam(rng, p['nam'])})"
        types.add("ramq_nam")
        nams = [p["nam"]]
    elif rng.random() < 0.5:
        ident = f" – dossier {p['mrn']}" if lang == "fr" else f" – chart {p['mrn']}"
        types.add("mrn")
    if lang == "fr":
        subj = rng.choice(["Suivi PrEP – résultats", "PrEP bilan 3 mois", "Résultats PrEP à réviser",
                           "Bilan PrEP + ITSS"])
        body = (f"{C.greet(rng, 'fr', dest.given)}\n\n"
                f"Résultats du bilan PrEP de {nm}{ident} (prélevé le {I.fmt_date(rng, I.past_day(rng, 4, 15), 'fr')}) :\n"
                f"- VIH Ag/Ac : non réactif\n- Créatinine : {cr} µmol/L, DFGe {egfr} mL/min\n- {sti}\n"
                f"- VHC anticorps : négatif\n\n"
                + (f"{'DFGe en baisse, on passe en PrEP à la demande (2-1-1) et on recontrôle dans 1 mois.' if egfr < 70 else 'On renouvelle ténofovir DF/emtricitabine 300/200 mg DIE, 90 jours.'}\n"
                   if True else "") +
                (f"Traitement à prévoir : {rng.choice(['doxycycline 100 mg BID x 7 j', 'ceftriaxone 500 mg IM dose unique', 'pénicilline G benzathine 2,4 M UI IM'])}; "
                 f"déclaration MADO et IPPAP à faire.\n" if "négatives" not in sti else "") +
                f"\nPeux-tu lui téléphoner pour fixer le RDV? {C.close(rng, 'fr')}\n{C.signature(rng, ips, 'fr')}")
    else:
        subj = rng.choice(["PrEP follow-up results", "PrEP 3-month labs", "Labs to review – PrEP",
                           "PrEP visit results"])
        body = (f"{C.greet(rng, 'en', dest.given)}\n\n"
                f"PrEP labs for {nm}{ident}, drawn {I.fmt_date(rng, I.past_day(rng, 4, 15), 'en')}:\n"
                f"- HIV Ag/Ab: non-reactive\n- Creatinine {cr} umol/L, eGFR {egfr}\n- {sti_en}\n- HCV Ab: negative\n\n"
                f"{'eGFR trending down - switching to on-demand (2-1-1) dosing, repeat in 1 month.' if egfr < 70 else 'Renewing TDF/FTC 300/200 mg daily x 90 days.'}\n"
                + (f"Needs treatment ({rng.choice(['doxycycline 100 mg BID x 7 days', 'ceftriaxone 500 mg IM once', 'benzathine penicillin G 2.4 MU IM'])}) "
                   f"and partner notification.\n" if "négatives" not in sti else "") +
                f"\nCould you call them to book? {C.close(rng, 'en')}\n{C.signature(rng, ips, 'en')}")
    s = _spec("prep_followup", lang, subj, ips.who(lang), [dest.who(lang)], body, types,
              "PrEP monitoring results for a named patient")
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 4 partner notification
def partner_notification(ctx, lang):
    rng = ctx.rng
    idx = ctx.people.invented(lang)
    partners = [ctx.people.invented(lang) for _ in range(rng.randrange(1, 4))]
    nurse = C.st(rng.choice(["Nguyen", "Mitchell"]))
    dest = C.st(rng.choice(["Haddad", "Goldberg", "Beaulieu"]))
    inf = rng.choice(["syphilis infectieuse (secondaire)", "gonorrhée", "chlamydia (LGV)", "VIH (nouveau diagnostic)"])
    inf_en = {"syphilis infectieuse (secondaire)": "infectious (secondary) syphilis", "gonorrhée": "gonorrhea",
              "chlamydia (LGV)": "chlamydia (LGV)", "VIH (nouveau diagnostic)": "HIV (new diagnosis)"}[inf]
    types = {"patient_name", "diagnosis"}
    lines = []
    for k, q in enumerate(partners):
        how = rng.choice(["tél.", "Grindr", "texto", "Instagram"]) if lang == "fr" else rng.choice(["phone", "Grindr", "text", "Instagram"])
        if k == 0:
            how = "tél." if lang == "fr" else "phone"
        contact = q["phone"] if how in ("tél.", "texto", "phone", "text") else "@" + q["given"].lower() + str(rng.randrange(80, 99))
        lines.append(f"- {I.name(rng, q, lang, rng.choice(['full', 'lower', 'surname_first']))} – {contact} ({how})")
    types.add("patient_contact")
    if lang == "fr":
        subj = rng.choice(["IPPAP – partenaires à joindre", "Intervention auprès des partenaires",
                           "Notification partenaires – cas " + ctx.rng.choice(["syphilis", "ITSS"]), "Suivi IPPAP"])
        body = (f"{C.greet(rng, 'fr', dest.short('fr'))}\n\n"
                f"Suite à la déclaration MADO pour {I.name(rng, idx, 'fr')} (né{I.e(idx, '', 'e')} le "
                f"{I.fmt_date(rng, idx['dob'], 'fr')}) – {inf}, {'diagnostiqué' if 'VIH' in inf else 'traité'}{I.e(idx, '', 'e')} le "
                f"{I.fmt_date(rng, I.past_day(rng, 2, 9), 'fr', 'long')} – voici les partenaires des 3 derniers mois "
                f"que la personne accepte qu'on contacte :\n\n" + "\n".join(lines) +
                f"\n\nLa personne préfère que ce soit la clinique qui les avise (notification par le professionnel). "
                f"Pouvez-vous leur offrir dépistage et traitement épidémiologique? Je ferme le dossier IPPAP vendredi.\n\n"
                f"{C.close(rng, 'fr')}\n{C.signature(rng, nurse, 'fr')}")
        types.add("date_of_birth")
    else:
        subj = rng.choice(["Partner notification – contacts to reach", "PN follow-up", "Contacts for notification",
                           "STBBI partner notification"])
        body = (f"{C.greet(rng, 'en', dest.short('en'))}\n\n"
                f"Following the reportable disease notification for {I.name(rng, idx, 'en')} ({inf_en}, {'diagnosed' if 'HIV' in inf_en else 'treated'} "
                f"{I.fmt_date(rng, I.past_day(rng, 2, 9), 'en', 'long')}), these are the partners from the last 3 months "
                f"the client agreed we could contact:\n\n" + "\n".join(lines) +
                f"\n\nClient prefers provider referral. Could you offer testing and epi treatment? "
                f"I'm closing the PN file on Friday.\n\n{C.close(rng, 'en')}\n{C.signature(rng, nurse, 'en')}")
    return _spec("partner_notification", lang, subj, nurse.who(lang), [dest.who(lang)], body, types,
                 "STI partner notification: index case and partners' contacts")


# ---------------------------------------------------------------- 5 pharmacy / dose question
def pharmacy_dose(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult") if rng.random() < 0.5 else ctx.people.invented(lang)
    ph = C.st("Charbonneau" if lang == "fr" else "O'Brien")
    doc = C.st(rng.choice(["Vachon", "Lemieux", "Lavoie"]))
    med, dose = oat(rng, lang)
    missed = rng.randrange(3, 6)
    types = {"patient_name", "medication"}
    nams = []
    ident = ""
    if p["nam"] and rng.random() < 0.75:
        ident = f"{_colon(nam_label(rng, lang))} {I.disguise_nam(rng, p['nam'])}\n"
        types.add("ramq_nam")
        nams = [p["nam"]]
    if rng.random() < 0.5:
        ident += (f"DDN : {I.fmt_date(rng, p['dob'], lang)}\n" if lang == "fr" else f"DOB: {I.fmt_date(rng, p['dob'], lang)}\n")
        types.add("date_of_birth")
    prev = None
    if lang == "fr":
        subj = rng.choice([f"{med.split(' ')[0].capitalize()} – doses manquées", "Question dose TAO",
                           "Doses manquées – que fait-on?", "URGENT doses manquées"])
        body = (f"{C.greet(rng, 'fr', doc.short('fr'))}\n\n"
                f"Patient{I.e(p, '', 'e')} : {I.name(rng, p, 'fr')}\n{ident}"
                f"Ordonnance : {med} {dose}, prise observée.\n\n"
                f"{I.e(p, 'Il', 'Elle')} ne s'est pas présenté{I.e(p, '', 'e')} depuis {missed} jours (dernière dose le "
                f"{I.fmt_date(rng, I.past_day(rng, missed, missed + 1), 'fr', 'long')}). Selon la ligne directrice, "
                f"je ne peux pas servir la dose complète. "
                f"{rng.choice([I.e(p, 'Il', 'Elle') + ' dit avoir consommé du fentanyl hier.', 'Son chum dit qu’' + I.e(p, 'il a été hospitalisé.', 'elle a été hospitalisée.'), 'Aucune nouvelle.', I.e(p, 'Il', 'Elle') + ' est sur place en ce moment.'])}\n\n"
                f"Pouvez-vous m'envoyer une nouvelle ordonnance (réduction/réinduction)? Je suis à la pharmacie jusqu'à 21 h.\n\n"
                f"{C.signature(rng, ph, 'fr')}")
        if rng.random() < 0.5:
            prev = body
            body = (f"{rng.choice(['Ok, on réduit à 50 % aujourd’hui puis +10 mg q3j. Ordonnance faxée.', 'Reprendre à 30 mg et je ' + I.e(p, 'le', 'la') + ' vois demain 9 h.', 'Je rappelle la pharmacie dans 10 min.'])}\n\n"
                    f"{doc.given}")
    else:
        subj = rng.choice(["Missed doses", "Question re: OAT dose", f"{med.split(' ')[0]} – missed doses",
                           "Held dose today"])
        body = (f"{C.greet(rng, 'en', doc.short('en'))}\n\n"
                f"Patient: {I.name(rng, p, 'en')}\n{ident}Rx: {med} {dose}, witnessed.\n\n"
                f"Has not picked up for {missed} days. Per protocol I can't give the full dose. "
                f"{rng.choice(['Says they used fentanyl last night.', 'Partner says they were in hospital.', 'No news.', 'They are at the counter right now.'])}\n\n"
                f"Can you send a new Rx (reduced / re-induction)? I'm here until 9 pm.\n\n{C.signature(rng, ph, 'en')}")
        if rng.random() < 0.5:
            prev = body
            body = (f"{rng.choice(['Restart at 50% today then +10 mg q3d. Faxed.', 'Hold and send them to the clinic tomorrow 9 am, I will see them.', 'Calling you in 10 min.'])}\n\n"
                    f"{doc.given}")
    if prev:
        body = C.reply_body(rng, body, prev, f"{ph.full} <{ph.addr}>", subj, lang)
        subj = ("RE: " if lang == "en" else rng.choice(["RE: ", "RÉP : "])) + subj
        frm, to = doc.who(lang), [ph.who(lang)]
    else:
        frm, to = ph.who(lang), [doc.who(lang)]
    s = _spec("pharmacy_dose", lang, subj, frm, to, body, types,
              "pharmacist-prescriber exchange about missed OAT doses")
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 6 handover list
def handover_list(ctx, lang):
    rng = ctx.rng
    n = rng.randrange(4, 8)
    pts = [ctx.people.invented(lang) for _ in range(n)]
    frm = C.st(rng.choice(["Lemieux", "Lavoie", "Brisebois"]))
    to = C.st(rng.choice(["Vachon", "Ducharme", "Desjardins"]))
    probs_fr = ["TUO, induction bup J2, COWS 9", "iOAT hydromorphone 120 mg BID, stable",
                "Endocardite tricuspide, TAO méthadone 60 mg", "Sevrage alcool, CIWA q4h",
                "Abcès bras G, cloxacilline IV, méthadone 85 mg", "VIH non suivi, CD4 180, reprise TAR",
                "Surdose x2 cette semaine, Kadian 400 mg", "VHC ARN +, Epclusa sem. 6"]
    probs_en = ["OUD, bup induction day 2, COWS 9", "iOAT hydromorphone 120 mg BID, stable",
                "Tricuspid endocarditis, methadone 60 mg", "Alcohol withdrawal, CIWA q4h",
                "L arm abscess, IV cloxacillin, methadone 85 mg", "HIV not in care, CD4 180, restarting ART",
                "2 overdoses this week, Kadian 400 mg", "HCV RNA +, Epclusa wk 6"]
    rows = []
    probs = rng.sample(probs_fr if lang == "fr" else probs_en, len(pts))
    for i, q in enumerate(pts):
        prob = probs[i]
        rows.append((f"{rng.randrange(3, 6)}{rng.randrange(10, 40)}-{rng.choice('AB')}",
                     I.name(rng, q, lang, rng.choice(["upper_surname", "surname_first", "full", "surname_initial"])),
                     prob))
    types = {"patient_name", "diagnosis", "medication"}
    if lang == "fr":
        subj = rng.choice(["Liste de départ – garde", "Sign-out unité dépendances", "Passation de garde ce soir",
                           "Liste des patients – fin de semaine"])
        intro = f"{C.greet(rng, 'fr', to.given)}\n\nVoici la liste pour la garde de ce soir :\n\n"
        outro = f"\nÀ surveiller : lit {rows[0][0]} (risque de départ contre avis).\n\n{C.signature(rng, frm, 'fr')}"
        hdr = ["Lit", "Patient", "Problème / plan"]
    else:
        subj = rng.choice(["Sign-out list", "Handover – addiction unit", "Weekend sign-out", "Tonight's list"])
        intro = f"{C.greet(rng, 'en', to.given)}\n\nSign-out for tonight:\n\n"
        outro = f"\nWatch bed {rows[0][0]} (risk of leaving AMA).\n\n{C.signature(rng, frm, 'en')}"
        hdr = ["Bed", "Patient", "Issue / plan"]
    text = intro + "\n".join(f"{r[0]}  {r[1]}  – {r[2]}" for r in rows) + "\n" + outro
    html = None
    if rng.random() < 0.6:
        html = ("<html><body style=\"font-family:Calibri\">" + "<p>" + M.html_escape(intro.strip()).replace("\n", "<br>") +
                "</p>" + M.html_table(rows, hdr, entities=rng.random() < 0.5) + "<p>" +
                M.html_escape(outro.strip()).replace("\n", "<br>") + "</p></body></html>\n")
    s = _spec("handover_list", lang, subj, frm.who(lang), [to.who(lang)], text, types,
              "sign-out roster with bed, name and problem", html=html)
    return s


# ---------------------------------------------------------------- 7 discharge summary DOCX
def discharge_docx(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult")
    doc = C.st(rng.choice(["Desjardins", "Weiss"]))
    dest = C.st(rng.choice(["Vachon", "Goldberg"]))
    adm = I.past_day(rng, 12, 30)
    dis = adm + dt.timedelta(days=rng.randrange(5, 12))
    med, dose = oat(rng, lang)
    types = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"}
    if lang == "fr":
        dx = rng.choice(["Endocardite à S. aureus (valve tricuspide) chez usager de drogues injectables",
                         "Sevrage aux opioïdes compliqué, pneumonie d'aspiration post-surdose",
                         "Bactériémie à SARM, abcès paravertébral"])
        paras = [f"Nom : {p['surname'].upper()}, {p['given']}", f"NAM : {p['nam']}",
                 f"Date de naissance : {p['dob'].isoformat()}   Sexe : {p['sex']}",
                 f"Admission : {adm.isoformat()}   Congé : {dis.isoformat()}",
                 f"Diagnostic principal : {dx}",
                 f"Traitement : {rng.choice(['céfazoline IV 6 semaines (PICC retiré, relais oral non indiqué)', 'daptomycine IV puis OPAT', 'ceftriaxone IV 7 jours'])}.",
                 f"TAO au congé : {med} {dose}. Dernière dose : jour du congé, 8 h 30.",
                 f"Naloxone : trousse remise. {rng.choice(['Logement : retour en refuge.', 'Logement : chambre, propriétaire avisé.', 'Suivi DPJ en cours pour ses enfants.'])}",
                 "Suivi : clinique Relais Santé sous 72 h, échographie cardiaque dans 4 semaines."]
        fname = rng.choice([f"Resume_conge_{p['surname']}.docx", "Résumé de congé.docx", f"RC_{p['nam'][:4]}_{dis:%Y%m%d}.docx"])
        title = "Résumé de congé – Médecine interne"
        subj = rng.choice(["Résumé de congé", "Congé – suivi TAO à assurer", "Sommaire d'hospitalisation"])
        body = (f"{C.greet(rng, 'fr', dest.short('fr'))}\n\nCi-joint le résumé de congé de notre patient{I.e(p, '', 'e')} "
                f"commun{I.e(p, '', 'e')}, qui a obtenu son congé aujourd'hui. Merci d'assurer le relais du TAO.\n\n"
                f"{C.close(rng, 'fr')}\n{C.signature(rng, doc, 'fr')}")
    else:
        dx = rng.choice(["S. aureus tricuspid valve endocarditis in a person who injects drugs",
                         "Complicated opioid withdrawal; aspiration pneumonia after overdose",
                         "MRSA bacteremia with paravertebral abscess"])
        paras = [f"Name: {p['surname'].upper()}, {p['given']}", f"RAMQ: {p['nam']}",
                 f"Date of birth: {p['dob'].isoformat()}   Sex: {p['sex']}",
                 f"Admitted: {adm.isoformat()}   Discharged: {dis.isoformat()}",
                 f"Principal diagnosis: {dx}",
                 f"Treatment: {rng.choice(['IV cefazolin 6 weeks', 'IV daptomycin then OPAT', 'IV ceftriaxone 7 days'])}.",
                 f"OAT at discharge: {med} {dose}. Last dose on day of discharge, 08:30.",
                 f"Naloxone kit given. {rng.choice(['Housing: returning to shelter.', 'Housing: rooming house.', 'Child protection file open.'])}",
                 "Follow-up: Relais Sante clinic within 72 h, echo in 4 weeks."]
        fname = rng.choice([f"Discharge_summary_{p['surname']}.docx", "discharge summary.docx"])
        title = "Discharge Summary – Internal Medicine"
        subj = rng.choice(["Discharge summary", "D/C summary – OAT follow-up needed", "Discharged today"])
        body = (f"{C.greet(rng, 'en', dest.short('en'))}\n\nAttached is the discharge summary for our shared patient, "
                f"discharged today. Please pick up OAT dosing.\n\n{C.close(rng, 'en')}\n{C.signature(rng, doc, 'en')}")
    types.add("social_information")
    data = F.make_docx(title, paras)
    s = _spec("discharge_docx", lang, subj, doc.who(lang), [dest.who(lang)], body, types,
              "discharge summary in DOCX attachment",
              atts=[{"name": fname, "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "data": data}])
    s["nams"] = [p["nam"]]
    return s


# ---------------------------------------------------------------- 8 PDF lab report
def lab_pdf(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult") if rng.random() < 0.6 else ctx.people.invented(lang)
    frm = C.st(rng.choice(["Restrepo", "Nolet", "Zerrouki"]))
    to = C.st(rng.choice(["Haddad", "Goldberg", "Vachon"]))
    types = {"patient_name", "lab_result", "date_of_birth"}
    tests = rng.choice([
        [("Charge virale VIH-1", f"{rng.choice(['<40', '68', '1 850', '47 200'])} copies/mL"), ("CD4", f"{rng.randrange(180, 900)} x10^6/L")],
        [("RPR", rng.choice(["1:8", "1:64", "1:128"])), ("TPPA", "réactif"), ("VIH Ag/Ac", "non réactif")],
        [("ARN VHC", rng.choice(["non détecté", "détecté < 15 UI/mL", "2,3 x 10^5 UI/mL"])), ("ALT", f"{rng.randrange(15, 120)} U/L")],
        [("TAAN C. trachomatis (urine)", "DÉTECTÉ"), ("TAAN N. gonorrhoeae (urine)", "non détecté")],
        [("Dépistage urinaire", "fentanyl POSITIF, norfentanyl POSITIF, méthadone (EDDP) NÉGATIF"), ("Créatinine urinaire", "8,9 mmol/L")],
    ])
    if any(k in ("TAAN C. trachomatis (urine)", "RPR", "ARN VHC", "Charge virale VIH-1") for k, _ in tests):
        types.add("diagnosis")
    lines = [f"Patient : {p['surname'].upper()}, {p['given']}    Sexe : {p['sex']}",
             f"Date de naissance : {p['dob'].isoformat()}"]
    nams = []
    if p["nam"]:
        lines.append(f"NAM : {p['nam']}")
        types.add("ramq_nam")
        nams = [p["nam"]]
    lines += [f"No dossier : {p['mrn']}", f"Prélèvement : {I.past_day(rng, 2, 8).isoformat()} 08:42",
              f"Demandeur : {to.titled('fr')}", "", "Analyse                          Résultat"]
    types.add("mrn")
    lines += [f"{k:<32} {v}" for k, v in tests]
    lines += ["", "Résultat validé par : biochimiste clinique de garde"]
    pdf = F.make_pdf("Rapport de laboratoire", lines, header=D.HOSP_FR + " – Laboratoire de biologie médicale",
                     footer="Document confidentiel – usage clinique")
    fname = rng.choice(["rapport_labo.pdf", f"Labo_{p['surname']}_{I.past_day(rng, 1, 3):%Y%m%d}.pdf", "scan0043.pdf",
                        "Résultats.pdf"])
    if lang == "fr":
        subj = rng.choice(["Résultats labo", "Résultat reçu par fax", "Labo à réviser", "TR: résultats"])
        body = (f"{C.greet(rng, 'fr', to.short('fr'))}\n\n{rng.choice(['Voici le rapport reçu ce matin.', 'Résultat reçu par télécopieur, numérisé ci-joint.', 'Pour ta révision, merci.'])}\n\n"
                f"{C.signature(rng, frm, 'fr')}")
    else:
        subj = rng.choice(["Lab results", "Lab report received", "Results to review", "FW: lab"])
        body = (f"{C.greet(rng, 'en', to.short('en'))}\n\n{rng.choice(['Report received this morning, attached.', 'Faxed result scanned and attached.', 'For your review.'])}\n\n"
                f"{C.signature(rng, frm, 'en')}")
    s = _spec("lab_pdf", lang, subj, frm.who(lang), [to.who(lang)], body, types, "lab report PDF attachment",
              atts=[{"name": fname, "ctype": "application/pdf", "data": pdf}])
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 9 prescription
def prescription(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult")
    doc = C.st(rng.choice(["Vachon", "Lemieux", "Goldberg", "Haddad"]))
    ph = rng.choice(D.PHARM)
    types = {"patient_name", "ramq_nam", "medication"}
    drug = rng.choice(["meth", "bup", "prep", "nalox", "hcv"])
    if lang == "fr":
        rx = {"meth": f"Méthadone (Metadol-D) {rng.choice([45, 65, 90, 120])} mg PO DIE, prise observée 7/7, du "
                      f"{I.fmt_date(rng, I.future_day(rng, 0, 3), 'fr')} pour 14 jours. Aucune dose non supervisée.",
              "bup": f"Buprénorphine-naloxone 8 mg/2 mg, {rng.choice([2, 3])} co SL DIE; doses non supervisées : "
                     f"{rng.choice(['6 jours/7', '2 jours/semaine', 'aucune'])}. Durée 28 jours.",
              "prep": "Ténofovir DF/emtricitabine 300/200 mg, 1 co PO DIE, 30 co, 2 renouvellements.",
              "nalox": "Naloxone nasale 4 mg, 2 trousses. Enseignement fait.",
              "hcv": "Sofosbuvir/velpatasvir 400/100 mg, 1 co DIE x 84 jours (méd. d'exception, code remboursement demandé)."}[drug]
        subj = rng.choice(["Ordonnance", f"Rx {p['surname']}", "Ordonnance à servir", "Nouvelle ordonnance TAO"])
        body = (f"{C.greet(rng, 'fr')}\n\nOrdonnance pour :\n{p['given']} {p['surname']}\n"
                f"NAM : {I.disguise_nam(rng, p['nam'])}\n"
                + (f"DDN : {p['dob'].isoformat()}\n" if rng.random() < 0.6 else "") +
                f"\n{rx}\n\nPrescripteur : {doc.titled('fr')}, permis {rng.randrange(10000, 99999)}\n"
                f"L'original suit par télécopieur.\n\n{C.signature(rng, doc, 'fr')}")
    else:
        rx = {"meth": f"Methadone (Metadol-D) {rng.choice([45, 65, 90, 120])} mg PO daily, witnessed 7/7, 14 days.",
              "bup": f"Buprenorphine-naloxone 8/2 mg, {rng.choice([2, 3])} tabs SL daily, carries {rng.choice(['6/7', '2 per week', 'none'])}, 28 days.",
              "prep": "TDF/FTC 300/200 mg, 1 tab PO daily, 30 tabs, 2 refills.",
              "nalox": "Intranasal naloxone 4 mg, 2 kits.",
              "hcv": "Sofosbuvir/velpatasvir 400/100 mg daily x 84 days."}[drug]
        subj = rng.choice(["Prescription", f"Rx for {p['given']} {p['surname']}", "New Rx"])
        body = (f"{C.greet(rng, 'en')}\n\nPrescription for:\n{p['given']} {p['surname']}\nRAMQ: {I.disguise_nam(rng, p['nam'])}\n"
                + (f"DOB: {p['dob'].isoformat()}\n" if rng.random() < 0.6 else "") +
                f"\n{rx}\n\nPrescriber: {doc.titled('en')}, licence {rng.randrange(10000, 99999)}\n"
                f"Original to follow by fax.\n\n{C.signature(rng, doc, 'en')}")
    if "DDN" in body or "DOB" in body:
        types.add("date_of_birth")
    s = _spec("prescription", lang, subj, doc.who(lang), [(ph[0], "labo@" + ph[1])], body, types,
              "prescription e-mailed to community pharmacy")
    s["nams"] = [p["nam"]]
    return s


# ---------------------------------------------------------------- 10 new HIV diagnosis
def hiv_new_dx(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang, min_age=20, max_age=50)
    frm = C.st("Haddad")
    to = C.st(rng.choice(["Zerrouki", "Benali"]))
    types = {"patient_name", "diagnosis", "lab_result", "patient_contact"}
    cd4 = rng.randrange(90, 520)
    vl = rng.choice(["84 300", "312 000", "1,2 million", "9 870"])
    if lang == "fr":
        subj = rng.choice(["Nouveau Dx VIH – arrimage", "Arrimage VIH SVP", "Nouveau diagnostic – prise en charge rapide"])
        body = (f"{C.greet(rng, 'fr', to.short('fr'))}\n\n"
                f"{I.name(rng, p, 'fr')}, {I.age(p['dob'])} ans, a reçu aujourd'hui un diagnostic de VIH "
                f"(confirmé, CD4 {cd4}, CV {vl} copies/mL). {rng.choice(['Statut migratoire précaire, pas de RAMQ (PFSI en cours).', 'Travail du sexe, hébergé' + I.e(p, '', 'e') + ' chez une amie.', 'Vit chez ses parents qui ignorent son orientation; craint d’être mis' + I.e(p, '', 'e') + ' à la porte.'])}\n\n"
                f"Peux-tu l'appeler pour un RDV cette semaine? Cell : {p['phone']} (ok pour laisser un message, "
                f"ne pas mentionner la clinique).\n\n{C.close(rng, 'fr')}\n{C.signature(rng, frm, 'fr')}")
    else:
        subj = rng.choice(["New HIV dx – linkage", "Rapid linkage please", "New HIV diagnosis"])
        body = (f"{C.greet(rng, 'en', to.short('en'))}\n\n"
                f"{I.name(rng, p, 'en')}, {I.age(p['dob'])}, was diagnosed with HIV today (confirmed; CD4 {cd4}, "
                f"VL {vl.replace(',', '.')} copies/mL). {rng.choice(['Precarious immigration status, IFHP pending.', 'Does sex work, couch-surfing.', 'Lives with parents who do not know; afraid of being kicked out.'])}\n\n"
                f"Can you call to book this week? Cell {p['phone']} - ok to leave a message, don't name the clinic.\n\n"
                f"{C.close(rng, 'en')}\n{C.signature(rng, frm, 'en')}")
    types.add("social_information")
    return _spec("hiv_new_dx", lang, subj, frm.who(lang), [to.who(lang)], body, types,
                 "new HIV diagnosis, linkage to care with phone")
