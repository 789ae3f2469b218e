"""Positive templates, part 4: identity hidden in transports (quoted reply, attached .eml, file name, vCard, ZIP)."""
import datetime as _dt

import gen_common as G
import gen_attach as A
from gen_pos_util import (S, L, greet, thanks, sig_block, id_line, DEST, OPAT, MADO, MALARIA_RX)


def _d(c, days):
    return (c.now - _dt.timedelta(days=days)).date()


def reply_quoted(c, lang):
    r = c.rng
    s = S(c, lang, "referral_reply", L(lang, "réponse brève, patient dans la citation", "short reply, patient in quoted text"))
    p = c.patient(r.choice(["qc", "en", "nam"]), age=(20, 80))
    k = r.randrange(3)
    gp = r.choice(["gp", "gp2"])
    if p.nam:
        who = id_line(s, p, lang, layout=r.choice([0, 1, 3]))
    else:
        who = s.name(p, r.choice(["full", "title_full", "caps", "last_first"])) + (
            (L(lang, ", DDN ", ", DOB ") + s.dob(p)) if r.random() < 0.5 else "")
    dest = r.choice(DEST)
    if k == 0:
        s.t("lab_result", "diagnosis")
        qfr = [f"Je vous réfère {who}, de retour {dest[6]}, avec éosinophilie persistante à 2,1 x10^9/L et prurit. "
               "Sérologie Strongyloides en attente. Peut-on vous l'envoyer rapidement?"]
        qen = [f"Referring {who}, back from {dest[1]}, with persistent eosinophilia 2.1 x10^9/L and pruritus. "
               "Strongyloides serology pending. Could you see them soon?"]
    elif k == 1:
        s.t("medication", "diagnosis")
        qfr = [f"Question pour {who} : sous méthotrexate pour psoriasis, part en Tanzanie dans 3 semaines. "
               "Le vaccin fièvre jaune est-il contre-indiqué? Que proposez-vous pour la malaria?"]
        qen = [f"Question about {who}: on methotrexate for psoriasis, leaving for Tanzania in 3 weeks. Is yellow fever "
               "vaccine contraindicated? What do you suggest for malaria?"]
    else:
        s.t("lab_result", "diagnosis", "medication")
        qfr = [f"{who} : Lyme probable (érythème migrant 12 cm, piqûre au chalet), doxycycline débutée il y a 5 jours. "
               "Nouvelle paralysie faciale ce matin. Besoin d'une PL?"]
        qen = [f"{who}: probable Lyme (12 cm erythema migrans, tick bite at cottage), doxycycline started 5 days ago. "
               "New facial palsy this morning. Does this need an LP?"]
    gpname = G.EXT[gp][0]
    q = [L(lang, "Bonjour,", "Hello,")] + (qfr if lang == "fr" else qen) + [f"{G.ext_name(gp, lang)}\n{G.EXT[gp][3 if lang == 'fr' else 4]}"]
    ansfr = r.choice(["OK pour moi, on la/le voit jeudi 13 h. Ma secrétaire appellera.",
                      "Oui, envoyez-la/le. On ajoute un rdv la semaine prochaine.", "Je regarde et je vous rappelle cet après-midi.",
                      "Reçu, je m'en occupe."])
    ansen = r.choice(["Fine with me, we'll see them Thursday 1 pm. My assistant will call.", "Yes, send them over; we'll add "
                      "a slot next week.", "I'll look into it and call you this afternoon.", "Got it, I'll take care of it."])
    doc = r.choice(["idmd", "travel", "chief"]) if lang == "fr" else r.choice(["idmd_en", "travel"])
    date = G.fmt_date(_d(c, 1), lang, "long")
    attr = L(lang, f"Le {date}, {gpname} <{G.EXT[gp][5]}> a écrit :", f"On {date}, {gpname} <{G.EXT[gp][5]}> wrote:")
    subj = L(lang, "RE: Demande de consultation", "RE: Consult request") if r.random() < 0.6 else \
        L(lang, "RE: question rapide", "RE: quick question")
    b = [ansfr if lang == "fr" else ansen, G.staff(doc, lang), ("quote", attr, q)]
    return s.spec(subj, G.staff_addr(doc), [G.ext_addr(gp)], b, in_reply_to=f"<{r.randrange(16**12):012x}@{G.EXT[gp][5].split('@')[1]}>")


def attached_eml(c, lang):
    r = c.rng
    s = S(c, lang, "forward_eml", L(lang, "message joint (.eml) avec données patient", "attached .eml with patient data"))
    p = c.patient(r.choice(["qc", "en", "nam"]))
    k = r.randrange(3)
    o = r.choice(OPAT)
    if p.nam:
        who = id_line(s, p, lang, mrn=r.random() < 0.5, layout=r.choice([0, 2]))
    else:
        who = s.name(p, r.choice(["full", "caps", "title_full"])) + ", " + s.mrn(p)
    if k == 0:
        s.t("medication", "lab_result")
        inner = [L(lang, "Bonjour,", "Hi,"),
                 L(lang, f"Pour {who} : creux de vancomycine ce matin à 24,6 mg/L, créatinine 142 (était 88). "
                         "Dose retenue en attendant votre avis.",
                   f"For {who}: vancomycin trough this morning 24.6 mg/L, creatinine 142 (was 88). Dose held pending your advice."),
                 L(lang, "Isabelle Cyr, inf.", "Isabelle Cyr, RN")]
        isub = L(lang, "Creux vanco élevé", "High vanco trough")
        ifrom = G.staff_addr("opat")
    elif k == 1:
        s.t("diagnosis", "medication")
        inner = [L(lang, "Bonjour,", "Hi,"),
                 L(lang, f"La pharmacie communautaire signale que {who} n'a pas renouvelé son {r.choice(['Biktarvy', 'Descovy', 'Truvada'])} "
                         "depuis 6 semaines. Il faudrait le ou la relancer.",
                   f"The community pharmacy reports that {who} has not refilled {r.choice(['Biktarvy', 'Descovy', 'Truvada'])} "
                   "for 6 weeks. Could someone follow up?"),
                 "Kevin"]
        isub = L(lang, "Non-renouvellement ARV", "ARV not refilled")
        ifrom = G.staff_addr("stinurse")
        s.t("diagnosis")
    else:
        s.t("diagnosis", "lab_result")
        dz = r.choice(MADO)
        inner = [L(lang, "Bonjour,", "Hi,"),
                 L(lang, f"Résultat préliminaire pour {who} : {dz[0]}. Déclaration à faire à la DSP.",
                   f"Preliminary result for {who}: {dz[1]}. Needs reporting to public health."),
                 "Luc"]
        isub = L(lang, "Résultat préliminaire - MADO", "Preliminary result - reportable")
        ifrom = G.staff_addr("labchief")
    fwd_by = r.choice(["chief", "idmd"]) if lang == "fr" else r.choice(["idmd_en", "chief"])
    to = r.choice(["asp", "hiv", "micro", "secr"])
    inner_spec = {"from": ifrom, "to": [G.staff_addr(fwd_by)], "subject": isub, "blocks": inner,
                  "date": c.now - _dt.timedelta(hours=r.randrange(2, 40)), "attachments": []}
    fn = r.choice([isub.replace(" ", "_").replace("-", "") + ".eml", "message.eml", "TR_" + isub[:20].strip() + ".eml"])
    b = [L(lang, r.choice(["Voir le message ci-joint. Peux-tu t'en occuper?", "Pour info, message ci-joint.",
                           "Je te transfère ceci, à traiter aujourd'hui svp."]),
           r.choice(["See attached message. Can you handle it?", "FYI, message attached.", "Forwarding this, please action today."])),
         G.STAFF[fwd_by][0]]
    subj = L(lang, "TR: ", "FW: ") + isub
    return s.spec(subj, G.staff_addr(fwd_by), [G.staff_addr(to)], b,
                  attachments=[{"kind": "inner", "filename": fn, "spec": inner_spec}])


def filename_only(c, lang):
    r = c.rng
    s = S(c, lang, "report_attached", L(lang, "nom du patient seulement dans le nom du fichier", "patient name only in file name"))
    p = c.patient(r.choice(["qc", "en"]))
    s.t("patient_name", "lab_result")
    s.must.append(p.surname)
    test = r.choice([("Sérologie Lyme", "Lyme serology", ["ELISA C6 : positif", "Western blot IgM : 2/3 bandes (positif)",
                                                          "Western blot IgG : 3/10 bandes (négatif)"],
                      ["C6 ELISA: positive", "IgM Western blot: 2/3 bands (positive)", "IgG Western blot: 3/10 bands (negative)"]),
                     ("Recherche de parasites - selles", "Ova and parasites - stool", ["Giardia lamblia : kystes présents",
                                                                                      "Entamoeba histolytica/dispar : négatif"],
                      ["Giardia lamblia: cysts seen", "Entamoeba histolytica/dispar: negative"]),
                     ("Dengue NS1 / IgM", "Dengue NS1 / IgM", ["NS1 : positif", "IgM : négatif", "Plaquettes : 64 x10^9/L"],
                      ["NS1: positive", "IgM: negative", "Platelets: 64 x10^9/L"]),
                     ("Culture d'expectoration - mycobactéries", "Sputum culture - mycobacteria",
                      ["Frottis BAAR : 2+", "TAAN complexe M. tuberculosis : détecté", "Résistance rifampicine (rpoB) : non détectée"],
                      ["AFB smear: 2+", "M. tuberculosis complex NAAT: detected", "Rifampin resistance (rpoB): not detected"])])
    sep = r.choice(["_", "-", " "])
    base = sep.join([p.surname.upper() if r.random() < 0.5 else p.surname, p.given, G.strip_accents(test[0].split()[0])])
    if r.random() < 0.5:
        base += sep + c.now.strftime("%Y-%m-%d")
    fn = base + ".pdf"
    lines = [("kv", L(lang, "Analyse", "Test"), test[0] if lang == "fr" else test[1]),
             ("kv", L(lang, "Prélevé le", "Collected"), _d(c, 3).isoformat()), ("rule",)] + (test[2] if lang == "fr" else test[3])
    att = A.A_pdf(fn, A.pdf(L(lang, "Rapport de laboratoire", "Laboratory report"), lines, subtitle=G.ORG[lang]))
    frm = r.choice(["secr", "labchief"])
    to = r.choice(["gp", "gp2", "hosp"])
    b = [L(lang, r.choice(["Bonjour,\nCi-joint le rapport demandé.", "Voici le résultat dont on a parlé.", "Rapport en pièce jointe."]),
           r.choice(["Hello,\nAttached is the requested report.", "Here is the result we discussed.", "Report attached."])),
         sig_block(frm, lang, r)]
    subj = L(lang, r.choice(["Rapport demandé", "Résultat", "Rapport de laboratoire", "Suivi de votre demande"]),
             r.choice(["Requested report", "Result", "Lab report", "Re your request"]))
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr(to)], b, attachments=[att])


def vcard_contact(c, lang):
    r = c.rng
    s = S(c, lang, "opat_contact", L(lang, "fiche contact (vCard) d'un patient TIVAD", "OPAT patient contact card"))
    p = c.patient(r.choice(["qc", "en"]))
    o = r.choice(OPAT)
    s.t("patient_name", "patient_contact", "medication")
    s.must += [p.surname, p.phone]
    city = p.addr2.split(" (")[0]
    pc = p.addr2.split("  ")[-1]
    bday = None
    if r.random() < 0.4:
        bday = p.dob.isoformat()
        s.t("date_of_birth")
        s.must.append(bday)
    note = L(lang, f"Client TIVAD - {o[2]}. Clé sous le paillasson; chien.", f"OPAT client - {o[3]}. Key under the mat; dog.")
    card = A.vcard(f"{p.given} {p.surname}", (p.surname, p.given), tels=[("HOME", p.phone)] + (
        [("CELL", c.phone())] if r.random() < 0.5 else []), adr=(p.addr1, city, "QC", pc, "Canada"), note=note, bday=bday)
    frm = "opat" if lang == "fr" else "opat_en"
    b = [greet(r, lang, "Sylvain"),
         L(lang, f"Nouveau client pour les visites à domicile à partir de demain ({o[2].split(' ')[0]}). "
                 "Ses coordonnées sont dans la fiche jointe.",
           f"New client for home visits starting tomorrow ({o[3].split(' ')[0]}). Contact details in the attached card."),
         sig_block(frm, lang, r, G.PHONE_OPAT)]
    subj = L(lang, r.choice(["Coordonnées nouveau client TIVAD", "Nouveau client - fiche"]),
             r.choice(["Contact details - new OPAT client", "New client card"]))
    fn = r.choice([f"{G.strip_accents(p.surname)}.vcf", "contact.vcf", f"{p.given} {p.surname}.vcf"])
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("clsc")], b, attachments=[A.A_vcf(fn, card)])


def zip_records(c, lang):
    r = c.rng
    s = S(c, lang, "transfer_zip", L(lang, "dossier de transfert compressé (ZIP)", "zipped transfer records"))
    p = c.patient(r.choice(["nam", "qc", "en"]), age=(30, 90))
    o = r.choice(OPAT)
    who = id_line(s, p, lang, dob=True, mrn=True, layout=2)
    s.t("diagnosis", "medication", "lab_result")
    summ = [("h", L(lang, "Patient", "Patient"))] + who.split("\n") + [
        ("h", L(lang, "Diagnostic", "Diagnosis")), o[0] if lang == "fr" else o[1],
        ("h", L(lang, "Traitement", "Treatment")), o[2] if lang == "fr" else o[3]]
    pdfb = A.pdf(L(lang, "Sommaire de transfert", "Transfer summary"), summ, subtitle=G.ORG[lang])
    head = L(lang, ["Date", "Analyse", "Résultat"], ["Date", "Test", "Result"])
    rows = []
    for i in range(6):
        d = _d(c, 2 + i * 3).isoformat()
        rows.append([d, "PCR" if lang == "fr" else "CRP", f"{r.randrange(5, 180)} mg/L"])
        rows.append([d, L(lang, "Créatinine", "Creatinine"), f"{r.randrange(55, 150)} µmol/L"])
    csvb = A.csv_text(head, rows, ";").encode("utf-8")
    members = [(L(lang, "sommaire_transfert.pdf", "transfer_summary.pdf"), pdfb),
               (L(lang, "bilans.csv", "labs.csv"), csvb)]
    if r.random() < 0.5:
        members.append((L(lang, "lisezmoi.txt", "readme.txt"),
                        L(lang, "Documents pour le transfert. Original au dossier.\n", "Documents for transfer. Original in chart.\n").encode("utf-8")))
    z = A.make_zip(members)
    fn = r.choice([f"transfert_{p.mrn}.zip", "dossier_transfert.zip", f"{G.strip_accents(p.surname)}_transfert.zip"])
    if lang == "en":
        fn = fn.replace("transfert", "transfer").replace("dossier_", "records_")
    frm = "secr"
    b = [greet(r, lang, None),
         L(lang, "Ci-joint les documents pour le transfert de notre patient(e) vers votre centre demain matin.",
           "Attached are the documents for tomorrow's transfer of our patient to your centre."),
         sig_block(frm, lang, r)]
    subj = L(lang, r.choice(["Transfert - documents", "Documents de transfert interétablissement"]),
             r.choice(["Transfer - documents", "Inter-facility transfer documents"]))
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("on_hosp" if lang == "en" else "hosp")], b,
                  attachments=[A.A_zip(fn, z)])


TEMPLATES = {
    "reply_quoted": reply_quoted, "attached_eml": attached_eml, "filename_only": filename_only,
    "vcard_contact": vcard_contact, "zip_records": zip_records,
}
