"""Positive templates, part 2: public-health notifications, travel clinic, vaccines, STBBI, TB."""
import datetime as _dt

import gen_common as G
import gen_attach as A
from gen_pos_util import (S, L, greet, thanks, sig_block, id_line, DEST, MALARIA_RX, VACCINES, MADO, sex_lab)


def _d(c, days):
    return (c.now - _dt.timedelta(days=days)).date()


def _fwd_hdrs(lang, frm, to, date, subj):
    if lang == "fr":
        return [("De :", frm), ("Envoyé :", date), ("À :", to), ("Objet :", subj)]
    return [("From:", frm), ("Sent:", date), ("To:", to), ("Subject:", subj)]


def mado(c, lang):
    r = c.rng
    s = S(c, lang, "notification", L(lang, "déclaration MADO à la santé publique", "reportable disease notification"))
    p = c.patient("nam" if r.random() < 0.8 else "qc")
    dz = r.choice(MADO)
    d = s.demo(p, plain_sex=True) if p.nam else None
    if not d:
        d = {"name": s.fullname(p), "dob": s.dob(p), "sex": s.sex(p, True), "nam": None}
    addr = s.addr(p)
    ph = s.phone(p)
    s.t("diagnosis", "lab_result")
    onset = _d(c, r.randrange(5, 20))
    doc = r.choice(["idmd", "chief", "micro"]) if lang == "fr" else r.choice(["idmd_en", "micro_en"])
    travel = r.choice(DEST)
    fields = [(L(lang, "Nom, prénom", "Name"), d["name"]), (L(lang, "Date de naissance", "Date of birth"), d["dob"]),
              (L(lang, "Sexe", "Sex"), d["sex"]), (L(lang, "NAM", "RAMQ no."), d["nam"] or L(lang, "non disponible", "n/a")),
              (L(lang, "Adresse", "Address"), addr), (L(lang, "Téléphone", "Phone"), ph),
              (L(lang, "Maladie", "Disease"), dz[0] if lang == "fr" else dz[1]),
              (L(lang, "Début des symptômes", "Onset"), onset.isoformat()),
              (L(lang, "Expositions", "Exposures"), L(lang, f"séjour : {travel[0]}", f"travel: {travel[1]}")),
              (L(lang, "Déclarant", "Reporting physician"), G.staff(doc, lang) + ", " + G.PHONE_ID)]
    as_pdf = r.random() < 0.55
    if lang == "fr":
        subj = r.choice([f"Déclaration MADO - {dz[2]}", "MADO - nouveau cas", f"Déclaration obligatoire : {dz[2]} ({p.surname})",
                         "Formulaire de déclaration MADO"])
        b = [greet(r, lang, None),
             f"Nous vous déclarons un cas de {dz[2]} diagnostiqué au {G.ORG['fr']}."]
    else:
        subj = r.choice([f"Reportable disease - {dz[3]}", "Notifiable disease - new case",
                         f"Mandatory report: {dz[3]} ({p.surname})"])
        b = [greet(r, lang, None), f"Reporting a case of {dz[3]} diagnosed at {G.ORG['en']}."]
    s.must.append(p.surname)
    atts = []
    if as_pdf:
        lines = [("kv", k, v) for k, v in fields] + [("rule",), L(lang, "Transmis par courriel sécurisé.",
                                                                 "Sent by secure e-mail.")]
        fn = r.choice(["MADO_declaration.pdf", f"MADO_{G.strip_accents(p.surname)}_{c.now:%Y%m%d}.pdf", "AS-770.pdf"])
        atts.append(A.A_pdf(fn, A.pdf(L(lang, "Déclaration d'une maladie à déclaration obligatoire (MADO)",
                                        "Notifiable disease report"), lines, subtitle=G.ORG[lang])))
        b.append(L(lang, "Le formulaire rempli est joint.", "Completed form attached."))
        if r.random() < 0.5:
            b.append(L(lang, f"Patient(e) : {d['name']}, joignable au {ph}.", f"Patient: {d['name']}, reachable at {ph}."))
    else:
        b.append(("table", None, [[k, v] for k, v in fields]))
    b.append(L(lang, "L'enquête épidémiologique peut être faite directement avec le ou la patient(e), qui est avisé(e).",
               "The patient has been informed and agrees to be contacted for the investigation."))
    b.append(sig_block(doc, lang, r))
    return s.spec(subj, G.staff_addr(doc), [G.ext_addr("dsp")], b, attachments=atts,
                  cc=[G.staff_addr("ipc")] if r.random() < 0.3 else [])


def ph_followup(c, lang):
    r = c.rng
    s = S(c, lang, "notification", L(lang, "enquête santé publique, réponse avec citation", "public health follow-up reply"))
    p = c.patient(r.choice(["qc", "en"]))
    dz = r.choice([x for x in MADO if x[2] in ("hépatite A", "rougeole", "shigellose", "salmonellose", "typhoïde")])
    ph = s.phone(p)
    nm = s.name(p, r.choice(["full", "title_full", "caps"]))
    s.t("diagnosis")
    date = G.fmt_date(_d(c, 1), lang, "long")
    social = r.random() < 0.5
    if lang == "fr":
        q = [greet(r, lang, None),
             f"Dans le cadre de l'enquête sur le cas de {dz[2]} déclaré hier ({nm}), pourriez-vous nous confirmer "
             "les dates de consultation à votre clinique et si la personne a reçu un vaccin avant son départ?",
             f"Nous n'arrivons pas à la joindre au {ph}.",
             "Julie Lacasse, inf.\nDirection de santé publique, maladies infectieuses"]
        ans = [r.choice(["Bonjour Mme Lacasse,", "Bonjour Julie,"]),
               f"Vue à la clinique santé-voyage le {G.fmt_date(_d(c, 40), lang, 'iso')} avant un séjour de 3 semaines. "
               + r.choice(["A refusé le vaccin hépatite A (coût).", "Aucun vaccin administré, dossier vaccinal incomplet.",
                           "Une dose de Typhim Vi reçue."]),
               ]
        if social:
            s.t("social_information")
            ans.append(r.choice(["La personne a été expulsée de son logement le mois dernier et dort chez de la famille; "
                                 "c'est plus simple de passer par son intervenante du CLSC.", "La personne est hébergée temporairement en refuge depuis son retour; "
                                 "le numéro au dossier n'est probablement plus valide."]))
        subj = f"RE: Enquête {dz[2]} - demande d'information"
        attr = f"Le {date}, Julie Lacasse <{G.EXT['dspn'][5]}> a écrit :"
    else:
        q = [greet(r, lang, None),
             f"As part of the investigation of the {dz[3]} case reported yesterday ({nm}), could you confirm the visit "
             "dates at your clinic and whether the person received a vaccine before leaving?",
             f"We cannot reach them at {ph}.", "Julie Lacasse, RN\nPublic Health, Infectious Diseases"]
        ans = ["Hi Julie,",
               f"Seen at the travel clinic on {G.fmt_date(_d(c, 40), lang, 'iso')} before a 3-week trip. "
               + r.choice(["Declined hepatitis A vaccine (cost).", "No vaccine given, incomplete record.",
                           "Received one dose of Typhim Vi."])]
        if social:
            s.t("social_information")
            ans.append(r.choice(["Was evicted last month and is staying with relatives; easier to go through the CLSC social worker.",
                                 "Has been staying at a shelter since returning; the number on file is probably stale."]))
        subj = f"RE: {dz[3]} investigation - information request"
        attr = f"On {date}, Julie Lacasse <{G.EXT['dspn'][5]}> wrote:"
    if "Typhim" in " ".join(ans):
        s.t("medication")
    frm = "tnurse" if lang == "fr" else "tnurse_en"
    b = ans + [sig_block(frm, lang, r, G.PHONE_TRAVEL), ("quote", attr, q)]
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("dspn")], b, in_reply_to=f"<{c.rng.randrange(16**10):010x}@santepublique-valmercier.example>")


def travel_consult(c, lang):
    r = c.rng
    s = S(c, lang, "travel", L(lang, "consultation prévoyage, lettre au médecin", "pre-travel consult letter"))
    p = c.patient(r.choice(["nam", "qc", "en"]), age=(18, 80))
    dest = r.choice(DEST)
    vax = r.sample(VACCINES, r.randrange(2, 5))
    mal = r.choice(MALARIA_RX) if dest[2] else None
    cond = r.choice([("grossesse de 14 semaines", "14-week pregnancy"),
                     ("polyarthrite rhumatoïde sous méthotrexate 20 mg/sem.", "rheumatoid arthritis on methotrexate 20 mg/wk"),
                     ("VIH bien contrôlé (CD4 610, CV indétectable)", "well-controlled HIV (CD4 610, undetectable VL)"),
                     ("greffe rénale sous tacrolimus", "kidney transplant on tacrolimus"),
                     ("aucun antécédent", "no past history"), ("épilepsie sous lamotrigine", "epilepsy on lamotrigine")])
    who = id_line(s, p, lang, dob=True, layout=r.choice([0, 1, 3]))
    s.t("medication")
    if cond[0] != "aucun antécédent":
        s.t("diagnosis")
    if "CD4" in cond[0]:
        s.t("lab_result")
    dep = (c.now + _dt.timedelta(days=r.randrange(10, 60))).date()
    doc = r.choice(["travel", "travel2"])
    to = r.choice(["gp", "gp2"])
    if lang == "fr":
        lines = [f"Objet : consultation santé-voyage - {who}",
                 f"Voyage prévu : {dest[0]}, départ le {G.fmt_date(dep, lang, 'long')}, durée {r.randrange(2, 9)} semaines.",
                 f"Antécédents pertinents : {cond[0]}.",
                 "Vaccins administrés aujourd'hui : " + "; ".join(v[0] for v in vax) + "."]
        if mal:
            lines.append(f"Prophylaxie du paludisme prescrite : {mal[0]}.")
        if "YF" in " ".join(v[0] for v in vax) and ("méthotrexate" in cond[0] or "tacrolimus" in cond[0] or "grossesse" in cond[0]):
            lines.append("Note : vaccin fièvre jaune finalement NON administré (contre-indication); lettre d'exemption remise.")
        lines.append("Autoprise en charge : azithromycine 1 g x 1 en cas de diarrhée sévère du voyageur.")
        subj = r.choice(["Consultation santé-voyage de votre patient(e)", f"Santé-voyage : {s.name(p, 'caps')}",
                         "Lettre - clinique santé-voyage"])
        b = [greet(r, lang, G.EXT[to][1] + " " + G.EXT[to][0].split()[-1])] + lines + [thanks(r, lang)]
    else:
        lines = [f"Re: travel health consultation - {who}",
                 f"Planned trip: {dest[1]}, leaving {G.fmt_date(dep, lang, 'long')}, {r.randrange(2, 9)} weeks.",
                 f"Relevant history: {cond[1]}.", "Vaccines given today: " + "; ".join(v[1] for v in vax) + "."]
        if mal:
            lines.append(f"Malaria chemoprophylaxis prescribed: {mal[1]}.")
        if "YF" in " ".join(v[1] for v in vax) and ("methotrexate" in cond[1] or "tacrolimus" in cond[1] or "pregnancy" in cond[1]):
            lines.append("Note: yellow fever vaccine NOT given after all (contraindication); exemption letter provided.")
        lines.append("Standby: azithromycin 1 g once for severe travellers' diarrhea.")
        subj = r.choice(["Travel clinic consultation - your patient", f"Travel health: {s.name(p, 'caps')}",
                         "Letter from the travel clinic"])
        b = [greet(r, lang, G.EXT[to][2] + " " + G.EXT[to][0].split()[-1])] + lines + [thanks(r, lang)]
    b.append(sig_block(doc, lang, r, G.PHONE_TRAVEL))
    return s.spec(subj, G.staff_addr(doc), [G.ext_addr(to)], b)


def malaria_rx(c, lang):
    r = c.rng
    s = S(c, lang, "prescription", L(lang, "ordonnance à la pharmacie", "prescription to pharmacy"))
    p = c.patient("nam" if r.random() < 0.75 else r.choice(["qc", "en"]), age=(16, 85))
    dest = r.choice([d for d in DEST if d[2]])
    mal = r.choice(MALARIA_RX)
    weeks = r.randrange(2, 8)
    s.t("medication")
    if p.nam:
        d = s.demo(p, plain_sex=True)
    else:
        d = {"name": s.fullname(p), "dob": s.dob(p), "sex": s.sex(p, True), "nam": None}
    addr = s.addr(p) if r.random() < 0.6 else None
    ph = s.phone(p) if r.random() < 0.5 else None
    doc = r.choice(["travel", "travel2"])
    pharm = r.choice(["pharm", "pharm2"])
    ntab = (weeks * 7 + 8) if "Malarone" in mal[2] else (weeks * 7 + 29 if "doxy" in mal[2] else weeks + 7)
    items = [L(lang, f"{mal[0]}. Qté : {ntab} co. Renouv. : 0", f"{mal[1]}. Qty: {ntab} tabs. Refills: 0")]
    if r.random() < 0.6:
        items.append(L(lang, "Azithromycine 500 mg : 2 co en une dose si diarrhée sévère. Qté : 2",
                       "Azithromycin 500 mg: 2 tabs once for severe diarrhea. Qty: 2"))
    if r.random() < 0.4:
        items.append(L(lang, "Dukoral : 2 doses à 1 semaine d'intervalle", "Dukoral: 2 doses one week apart"))
    head = [(L(lang, "Patient", "Patient"), d["name"]), (L(lang, "DDN", "DOB"), d["dob"]),
            (L(lang, "Sexe", "Sex"), d["sex"])]
    if d["nam"]:
        head.append(("NAM", d["nam"]))
    if addr:
        head.append((L(lang, "Adresse", "Address"), addr))
    if ph:
        head.append((L(lang, "Tél.", "Phone"), ph))
    lines = [("kv", k, v) for k, v in head] + [("rule",), ("h", "Rx")] + [f"{i + 1}. {x}" for i, x in enumerate(items)] + [
        ("rule",), L(lang, f"Indication : prophylaxie, voyage {dest[0]}", f"Indication: prophylaxis, travel to {dest[1]}"),
        f"{G.staff(doc, lang)} - {L(lang, 'permis', 'licence')} {r.randrange(10000, 99999)}",
        G.ORG["addr_fr" if lang == "fr" else "addr_en"] + " - " + G.PHONE_TRAVEL]
    as_pdf = r.random() < 0.6
    if lang == "fr":
        subj = r.choice(["Ordonnance santé-voyage", f"Rx pour {p.surname}", "Ordonnance - prophylaxie paludisme",
                         "Nouvelle ordonnance (télécopie non disponible)"])
        b = [greet(r, lang, None), r.choice(["Voici une ordonnance pour un(e) de nos patient(e)s.",
                                             "Comme convenu au téléphone, voici l'ordonnance."])]
    else:
        subj = r.choice(["Travel clinic prescription", f"Rx for {p.surname}", "Prescription - malaria prophylaxis"])
        b = [greet(r, lang, None), r.choice(["Prescription for one of our patients below.", "As discussed by phone, here is the Rx."])]
    s.must.append(p.surname)
    atts = []
    if as_pdf:
        fn = r.choice([f"Ordonnance_{G.strip_accents(p.surname)}.pdf", "ordonnance.pdf", f"Rx_{c.now:%Y%m%d}.pdf"])
        if lang == "en":
            fn = fn.replace("Ordonnance", "Prescription").replace("ordonnance", "prescription")
        atts.append(A.A_pdf(fn, A.pdf(L(lang, "Ordonnance", "Prescription"), lines, subtitle=G.ORG[lang] + " - Clinique santé-voyage")))
        b.append(L(lang, "L'original suit par la poste si nécessaire.", "Original to follow by mail if needed."))
    else:
        b.append(("table", None, [[k, v] for k, v in head]))
        b.extend(f"{i + 1}. {x}" for i, x in enumerate(items))
    b.append(sig_block(doc, lang, r, G.PHONE_TRAVEL))
    return s.spec(subj, G.staff_addr(doc), [G.ext_addr(pharm)], b, attachments=atts)


def vaccine_booking(c, lang):
    r = c.rng
    s = S(c, lang, "booking", L(lang, "rendez-vous de vaccination (invitation)", "vaccination appointment invite"))
    p = c.patient(r.choice(["qc", "en"]))
    vac = r.choice(VACCINES[:6] + VACCINES[8:9])
    when = (c.now + _dt.timedelta(days=r.randrange(3, 30))).replace(minute=r.choice([0, 15, 30, 45]), second=0)
    when = when.replace(hour=r.randrange(8, 16))
    nm = s.name(p, r.choice(["full", "caps", "last_first"]))
    ph = s.phone(p)
    s.t("medication")
    nurse = "tnurse" if lang == "fr" else "tnurse_en"
    summary = L(lang, f"{nm} - {vac[0]}", f"{nm} - {vac[1]}")
    desc = L(lang, f"Patient : {nm}\nTél. : {ph}\nVaccin : {vac[0]}\nApporter le carnet de vaccination.",
             f"Patient: {nm}\nPhone: {ph}\nVaccine: {vac[1]}\nBring vaccination record.")
    if r.random() < 0.4:
        extra = r.choice([("allergie aux œufs (à vérifier)", "egg allergy (to verify)"),
                          ("asplénie - schéma accéléré", "asplenia - accelerated schedule")])
        desc += "\n" + L(lang, extra[0], extra[1])
        s.t("diagnosis")
    ev = A.ics(f"{r.randrange(16**12):012x}@{G.ORG['dom']}", when, when + _dt.timedelta(minutes=20), summary, desc,
               L(lang, "Clinique santé-voyage, salle 3", "Travel clinic, room 3"), G.staff_addr("clerk"),
               [G.staff_addr(nurse)])
    if lang == "fr":
        subj = r.choice([f"Invitation : {summary}", "Rendez-vous vaccination ajouté", "RDV santé-voyage"])
        b = [greet(r, lang, G.STAFF[nurse][0]), f"J'ai ajouté le rendez-vous à ton horaire le {G.day_name(when.date(), lang)} "
                                                f"{G.fmt_date(when.date(), lang, 'long')} à {when:%H:%M}.", G.STAFF["clerk"][0]]
    else:
        subj = r.choice([f"Invitation: {summary}", "Vaccination appointment added", "Travel clinic appt"])
        b = [greet(r, lang, G.STAFF[nurse][0]), f"Added to your schedule on {G.day_name(when.date(), lang)} "
                                                f"{G.fmt_date(when.date(), lang, 'long')} at {when:%H:%M}.", G.STAFF["clerk"][0]]
    return s.spec(subj, G.staff_addr("clerk"), [G.staff_addr(nurse)], b, attachments=[A.A_ics("invite.ics", ev)])


def yf_certificate(c, lang):
    r = c.rng
    s = S(c, lang, "vaccine_record", L(lang, "attestation vaccin fièvre jaune", "yellow fever certificate request"))
    p = c.patient(r.choice(["qc", "en", "nam"]))
    if p.nam:
        who = id_line(s, p, lang)
    else:
        who = s.fullname(p) + L(lang, ", née le " if p.female else ", né le ", ", born ") + s.dob(p)
    s.t("medication")
    given = _d(c, r.randrange(200, 3000))
    lot = f"U{r.randrange(1000, 9999)}AA"
    if lang == "fr":
        subj = r.choice(["Copie du certificat international de vaccination", "Demande : preuve vaccin fièvre jaune",
                         "Carnet jaune perdu"])
        b = [greet(r, lang, None),
             f"{who} a perdu son certificat international (carnet jaune) et part la semaine prochaine.",
             f"Notre registre indique : YF-Vax reçu le {G.fmt_date(given, lang, 'iso')}, lot {lot}, administré par notre clinique.",
             "Peux-tu préparer une copie certifiée à faire signer par le Dr Vaillancourt? Elle passera la chercher vendredi.",
             thanks(r, lang)]
    else:
        subj = r.choice(["Copy of international vaccination certificate", "Request: proof of yellow fever vaccine",
                         "Lost yellow card"])
        b = [greet(r, lang, None),
             f"{who} lost the international certificate (yellow card) and leaves next week.",
             f"Our registry shows: YF-Vax given {G.fmt_date(given, lang, 'iso')}, lot {lot}, at our clinic.",
             "Could you prepare a certified copy for Dr. Vaillancourt to sign? Pickup on Friday.", thanks(r, lang)]
    frm = "tnurse" if lang == "fr" else "tnurse_en"
    b.append(sig_block(frm, lang, r, G.PHONE_TRAVEL))
    return s.spec(subj, G.staff_addr(frm), [G.staff_addr("clerk")], b)


def rabies_pep(c, lang):
    r = c.rng
    s = S(c, lang, "rabies", L(lang, "prophylaxie post-exposition rage", "rabies post-exposure prophylaxis"))
    p = c.patient(r.choice(["qc", "en", "nam"]), age=(8, 80))
    where = r.choice([("Bali", "Bali", "singe", "monkey"), ("Thaïlande", "Thailand", "chien errant", "stray dog"),
                      ("Maroc", "Morocco", "chat", "cat"), ("Pérou", "Peru", "chien", "dog"),
                      ("au chalet (Laurentides)", "at the cottage", "chauve-souris", "bat")])
    if p.nam:
        who = id_line(s, p, lang, layout=r.choice([0, 2]))
    else:
        who = s.fullname(p) + " (" + L(lang, "DDN ", "DOB ") + s.dob(p) + ")"
    ph = s.phone(p)
    s.t("medication", "diagnosis")
    d0 = c.now.date()
    days = [0, 3, 7, 14]
    sched = [[L(lang, f"J{x}", f"Day {x}"), G.fmt_date(d0 + _dt.timedelta(days=x), lang, "iso"),
              L(lang, "Imovax Rage 1 mL IM" + (" + IgRA 20 UI/kg (HyperRAB)" if x == 0 else ""),
                "Imovax Rabies 1 mL IM" + (" + RIG 20 IU/kg (HyperRAB)" if x == 0 else ""))] for x in days]
    if lang == "fr":
        subj = r.choice(["PPE rage - calendrier", "Prophylaxie rage : suivi au CLSC", "Morsure - protocole rage"])
        b = [greet(r, lang, None),
             f"Nous avons débuté aujourd'hui une prophylaxie post-exposition contre la rage pour :\n{who}\nTél. : {ph}",
             f"Exposition : morsure de {where[2]} ({where[0]}), catégorie III, main droite.",
             "Merci d'administrer les doses suivantes au CLSC :", ("table", ["Jour", "Date", "Produit"], sched),
             "Si la personne ne se présente pas, merci de nous aviser rapidement."]
    else:
        subj = r.choice(["Rabies PEP - schedule", "Rabies prophylaxis: CLSC follow-up", "Bite - rabies protocol"])
        b = [greet(r, lang, None),
             f"We started rabies post-exposure prophylaxis today for:\n{who}\nPhone: {ph}",
             f"Exposure: {where[3]} bite ({where[1]}), category III, right hand.",
             "Please give the following doses at the CLSC:", ("table", ["Day", "Date", "Product"], sched),
             "If the person does not show up, please let us know quickly."]
    frm = r.choice(["travel", "idmd"]) if lang == "fr" else r.choice(["travel", "idmd_en"])
    b.append(sig_block(frm, lang, r))
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("clsc")], b)


def tb_contacts(c, lang):
    r = c.rng
    s = S(c, lang, "tb_contacts", L(lang, "liste de contacts tuberculose", "TB contact tracing list"))
    idx = c.patient(r.choice(["qc", "en"]))
    n = r.randrange(4, 8)
    rows = []
    rel_fr = ["conjoint(e)", "enfant", "colocataire", "collègue", "résident du refuge", "ami(e)"]
    rel_en = ["partner", "child", "roommate", "co-worker", "shelter resident", "friend"]
    for i in range(n):
        p = c.patient(r.choice(["qc", "en"]))
        rel = r.randrange(len(rel_fr))
        tst = r.choice(["0 mm", "0 mm", "4 mm", "11 mm", "16 mm", L(lang, "à lire", "pending"), "IGRA +", "IGRA -"])
        rows.append([s.name(p, r.choice(["caps", "last_first", "full"])), L(lang, rel_fr[rel], rel_en[rel]),
                     s.phone(p), tst, L(lang, r.choice(["RX à faire", "aucune", "réf. clinique TB"]),
                                        r.choice(["CXR to do", "none", "refer to TB clinic"]))])
    s.t("lab_result", "diagnosis", "social_information")
    idxn = s.name(idx, r.choice(["caps", "full", "initial_caps"]))
    head = L(lang, ["Nom", "Lien", "Téléphone", "TCT / IGRA", "Suivi"], ["Name", "Relation", "Phone", "TST / IGRA", "Follow-up"])
    shelter = r.choice(["Refuge Le Phare", "Maison d'hébergement Saint-Roch", "Mission Bon Accueil (dortoir 2)"])
    frm = "ipc" if r.random() < 0.5 else "idmd"
    if lang == "fr":
        subj = r.choice(["Liste des contacts - cas TB", f"Contacts TB - cas index {idxn}", "Recherche de contacts tuberculose"])
        b = [greet(r, lang, "Julie"),
             f"Voici la liste des contacts identifiés pour le cas index ({idxn}, TB pulmonaire frottis +, cavitaire). "
             f"Le cas index est sans domicile fixe et fréquentait le {shelter} depuis l'automne.",
             "Les tests cutanés ont été faits par notre équipe. À compléter de votre côté pour les résidents du refuge."]
    else:
        subj = r.choice(["Contact list - TB case", f"TB contacts - index {idxn}", "TB contact tracing"])
        b = [greet(r, lang, "Julie"),
             f"Here is the list of contacts identified for the index case ({idxn}, smear-positive cavitary pulmonary TB). "
             f"The index case is homeless and had been staying at {shelter} since the fall.",
             "TSTs were done by our team. The shelter residents remain for your team."]
    mode = r.choice(["xlsx", "csv", "body"])
    atts = []
    if mode == "xlsx":
        atts.append(A.A_xlsx(L(lang, "contacts_TB.xlsx", "TB_contacts.xlsx"), A.xlsx([("Contacts", head, rows)])))
    elif mode == "csv":
        atts.append(A.A_csv(L(lang, "contacts_TB.csv", "TB_contacts.csv"), A.csv_text(head, rows, r.choice([";", ","]))))
    else:
        b.append(("table", head, rows))
    b.append(sig_block(frm, lang, r))
    return s.spec(subj, G.staff_addr(frm), [G.ext_addr("dspn")], b, attachments=atts)


def hiv_sti(c, lang):
    r = c.rng
    s = S(c, lang, "sti", L(lang, "clinique ITSS, résultat et traitement", "STBBI clinic result and treatment"))
    p = c.patient(r.choice(["qc", "en"]), age=(18, 65))
    k = r.randrange(3)
    who = id_line(s, p, lang, dob=r.random() < 0.6, mrn=r.random() < 0.5, layout=r.choice([0, 1, 3]))
    s.t("lab_result", "diagnosis", "medication")
    frm = r.choice(["hiv", "stinurse"])
    if lang == "fr":
        if k == 0:
            body = [f"Résultat reçu pour {who} : RPR 1:{r.choice([16, 32, 64, 128])}, TPPA réactif. Syphilis secondaire "
                    "probable (éruption palmoplantaire décrite à la visite).",
                    "Traitement : pénicilline G benzathine (Bicillin L-A) 2,4 MU IM x 1 dose. À convoquer cette semaine; "
                    "avis aux partenaires à faire (3 partenaires dans les 6 derniers mois)."]
            subj = "Syphilis - à convoquer"
        elif k == 1:
            body = [f"Renouvellement PrEP pour {who}.",
                    f"Créatinine {r.randrange(70, 110)} µmol/L (DFGe > 90), VIH Ag/Ac négatif, gono/chlam TAAN négatifs.",
                    "Ordonnance : emtricitabine/ténofovir DF 200/300 mg, 1 co die, 90 jours. Prochain suivi dans 3 mois."]
            subj = "PrEP - renouvellement"
        else:
            body = [f"Nouveau diagnostic VIH pour {who} : Ag/Ac réactif, confirmé au LSPQ. CD4 {r.randrange(90, 700)}, "
                    f"charge virale {r.randrange(12000, 480000)} copies/mL.",
                    "Annonce faite hier par le Dr Okoye. Début bictégravir/emtricitabine/TAF (Biktarvy) aujourd'hui. "
                    "Génotype en cours."]
            subj = "Nouveau dx - suivi clinique VIH"
    else:
        if k == 0:
            body = [f"Result for {who}: RPR 1:{r.choice([16, 32, 64, 128])}, TPPA reactive. Probable secondary syphilis "
                    "(palmar rash noted at visit).",
                    "Treatment: benzathine penicillin G (Bicillin L-A) 2.4 MU IM once. Please recall this week; partner "
                    "notification needed (3 partners in the last 6 months)."]
            subj = "Syphilis - please recall"
        elif k == 1:
            body = [f"PrEP renewal for {who}.",
                    f"Creatinine {r.randrange(70, 110)} umol/L (eGFR > 90), HIV Ag/Ab negative, GC/CT NAAT negative.",
                    "Rx: emtricitabine/tenofovir DF 200/300 mg, 1 tab daily, 90 days. Next visit in 3 months."]
            subj = "PrEP - renewal"
        else:
            body = [f"New HIV diagnosis for {who}: Ag/Ab reactive, confirmed by the provincial lab. CD4 {r.randrange(90, 700)}, "
                    f"viral load {r.randrange(12000, 480000)} copies/mL.",
                    "Disclosed yesterday by Dr. Okoye. Started bictegravir/emtricitabine/TAF (Biktarvy) today. Genotype pending."]
            subj = "New dx - HIV clinic follow-up"
    to = r.choice([G.staff_addr("stinurse"), G.ext_addr("pharm2"), G.staff_addr("hiv")])
    if to == G.staff_addr(frm):
        to = G.staff_addr("secr")
    b = [greet(r, lang, None)] + body + [sig_block(frm, lang, r)]
    return s.spec(subj, G.staff_addr(frm), [to], b)


def fwd_result(c, lang):
    r = c.rng
    s = S(c, lang, "lab_followup", L(lang, "résultats transférés en ligne", "inline forwarded lab results"))
    p = c.patient(r.choice(["qc", "en", "nam"]), age=(18, 70))
    who = id_line(s, p, lang, dob=True, mrn=r.random() < 0.7, layout=2)
    s.t("lab_result")
    tests = r.sample([("Strongyloides IgG", L(lang, "positif (index 3,2)", "positive (index 3.2)")),
                      ("Schistosoma IgG", L(lang, "positif", "positive")), ("anti-HBc", L(lang, "réactif", "reactive")),
                      ("HBsAg", L(lang, "non réactif", "non-reactive")), ("anti-HBs", "< 10 UI/L"),
                      ("VIH Ag/Ac" if lang == "fr" else "HIV Ag/Ab", L(lang, "non réactif", "non-reactive")),
                      ("IGRA (QuantiFERON)", L(lang, "positif (1,84 UI/mL)", "positive (1.84 IU/mL)")),
                      (L(lang, "Éosinophiles", "Eosinophils"), "1,6 x10^9/L" if lang == "fr" else "1.6 x10^9/L"),
                      ("VHC Ac" if lang == "fr" else "HCV Ab", L(lang, "non réactif", "non-reactive"))], r.randrange(3, 6))
    inner_subj = L(lang, "Résultats - bilan de dépistage du nouvel arrivant", "Results - newcomer screening panel")
    date = G.fmt_date(_d(c, 2), lang, "long") + " 16:" + f"{r.randrange(60):02d}"
    inner = [L(lang, "Bonjour,", "Hi,"),
             L(lang, "Voici les résultats demandés :", "Here are the requested results:"), who,
             ("table", None, [[a, b_] for a, b_ in tests]),
             L(lang, "Luc Arsenault\nMicrobiologie - sérologie", "Luc Arsenault\nMicrobiology - serology")]
    frm_key = r.choice(["idmd", "travel2"]) if lang == "fr" else r.choice(["idmd_en", "travel2"])
    to = "tnurse" if lang == "fr" else "tnurse_en"
    top = L(lang, r.choice(["Pour suivi. Peux-tu lui donner un rdv avec moi dans 2 semaines?",
                            "FYI - à discuter à la réunion de jeudi.", "Peux-tu appeler pour convoquer? Merci"]),
            r.choice(["For follow-up. Can you book them with me in 2 weeks?", "FYI - to discuss Thursday.",
                      "Could you call to book? Thanks"]))
    subj = L(lang, "TR : ", "Fwd: ") + inner_subj
    b = [top, G.STAFF[frm_key][0],
         ("fwd", _fwd_hdrs(lang, f"Luc Arsenault <{G.staff_addr('labchief')[1]}>", G.staff(frm_key, lang), date, inner_subj), inner)]
    return s.spec(subj, G.staff_addr(frm_key), [G.staff_addr(to)], b)


TEMPLATES = {
    "mado": mado, "ph_followup": ph_followup, "travel_consult": travel_consult, "malaria_rx": malaria_rx,
    "vaccine_booking": vaccine_booking, "yf_certificate": yf_certificate, "rabies_pep": rabies_pep,
    "tb_contacts": tb_contacts, "hiv_sti": hiv_sti, "fwd_result": fwd_result,
}
