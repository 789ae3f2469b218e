"""French positive templates, part 1: dysphagia, audiology, cochlear implant, voice."""
import datetime

from gen_clin import (AUD_DX, CI_DX, DYS_DX, DYS_FIND, DYS_MED, DYS_REC, VOICE_DX, VOICE_MED,
                      aud_results, ci_results, holder_block, mrn_fmt, pdf_safe_nam, voice_results)
from gen_common import (Msg, ext, fr_date, name_form, pron, staff, disguise, ID_SIZES, make_nir)
from gen_docs import att, pdf, xlsx


def _rid(c):
    return "<%s.%06x@%s>" % (c.now.strftime("%Y%m%d%H%M"), c.r.getrandbits(24), "cisss-hautesrivieres.example")


def _doc(c):
    return c.pick([staff("neuro"), staff("physiatre"), staff("ent"), staff("ent2")])


def _room(c):
    return f"{c.r.randint(3, 6)}{c.r.randint(0, 2)}{c.r.randint(1, 9)}"


# ---------------------------------------------------------------- 1. dysphagia referral
def dys_referral(c):
    r = c.r
    holder = r.random() < 0.6
    p = c.holder(["elder", "adult"]) if holder else c.patient("fr", "elder")
    nurse, slp, doc = staff("nurse"), staff("slp_dys"), _doc(c)
    dx, fnd, med, rec = c.pick(DYS_DX), c.pick(DYS_FIND), c.pick(DYS_MED), c.pick(DYS_REC)
    room = _room(c)
    types = {"patient_name", "diagnosis", "medication", "mrn"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "fr")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
    else:
        block = f"Patient{'e' if p.sex == 'F' else ''} : {name_form(p, c.pick(['upper_comma', 'title_full', 'comma']))}, {p.age(c.now.date())} ans"
    lab, mrn = mrn_fmt(c, p.mrn)
    ids.append(("mrn", p.mrn))
    e = pron(p, "fr", "e")
    if r.random() < 0.5:
        body = (f"Bonjour {slp.given},\n\n"
                f"Demande de consultation en orthophonie — évaluation de la déglutition.\n\n"
                f"{block}\n{lab} : {mrn}\nChambre : {room}-{c.pick('ABCD')}\n"
                f"Médecin traitant : {doc.display('fr')}\n\n"
                f"Dx principal : {dx[0]}\n"
                f"Observations de l'équipe : {fnd[0]} au dîner d'hier et ce matin.\n"
                f"Médication pertinente : {med[0]}\n"
                f"Diète actuelle : régulière, liquides clairs — on a mis NPO sauf médicaments en purée depuis 7 h.\n\n"
                f"Est-ce possible de {pron(p, 'fr', 'obj')} voir aujourd'hui ou demain AM? {pron(p, 'fr', 'Subj')} a fait 38,1 cette nuit.\n\n"
                f"Merci!\n\n{nurse.sig('fr', long=c.r.random() < 0.5)}")
        subj = c.pick([f"Consultation dysphagie — ch. {room}",
                       f"Demande d'évaluation déglutition {room}",
                       f"URGENT : consult orthophonie ch. {room}"])
    else:
        body = (f"Salut {slp.given},\n\n"
                f"J'aurais besoin d'une éval de déglutition pour {name_form(p, c.pick(['title', 'title_full']), 'fr')} "
                f"({lab.lower()} {mrn}), admis{e} pour {dx[0]}. Depuis l'admission : {fnd[0]}. "
                f"{pron(p, 'fr', 'Subj')} est sous {med[0]}, on se demande si ça joue sur la vigilance aux repas.\n\n"
                f"{block}\n\n"
                f"Pour l'instant on a mis {rec[0]} en attendant ton avis.\n\n"
                f"Merci beaucoup\n{doc.display('fr')}\n{doc.role_fr}")
        subj = c.pick(["Consult déglutition SVP", f"Éval déglutition — {name_form(p, 'title', 'fr')}", "demande consult orthophonie"])
        nurse = doc
    return Msg(lang="fr", category="dysphagia_referral", note="demande de consultation en dysphagie",
               types=types, subject=subj, body=body, frm=nurse.addr(), to=[slp.addr()],
               cc=[staff("clerk").addr()] if r.random() < 0.3 else [], ids=ids, holders=holders)


# ---------------------------------------------------------------- 2. VFSS report (PDF)
def vfss_report(c):
    r = c.r
    holder = r.random() < 0.5
    p = c.holder(["elder", "adult"]) if holder else c.patient("fr", "elder")
    slp, doc = staff("slp_dys"), _doc(c)
    dx, fnd, rec = c.pick(DYS_DX), c.pick(DYS_FIND), c.pick(DYS_REC)
    exam = c.now.date()
    pas_thin, pas_nectar = r.choice([5, 7, 8]), r.choice([1, 2, 3])
    types = {"patient_name", "diagnosis", "lab_result", "date_of_birth", "mrn"}
    ids, holders = [("mrn", p.mrn)], []
    ident = [f"Nom : {p.surname.upper()}, {p.given}", f"Date de naissance : {fr_date(p.dob, 'iso')}",
             f"Sexe : {p.sex}", f"No dossier : {p.mrn}"]
    if holder:
        ident.append(f"NAM : {pdf_safe_nam(c, p)}")
        types.add("ramq_nam")
        ids.append(("nam", p.nam))
        holders.append(p)
    lines = ident + ["", "# Examen",
                     f"Vidéofluoroscopie de la déglutition réalisée le {fr_date(exam)} en radiologie (Dr radiologiste de garde).",
                     f"Indication : {dx[0]}.",
                     "# Résultats",
                     f"Liquides minces (IDDSI 0) : PAS {pas_thin} — {fnd[0]}.",
                     f"Liquides légèrement épaissis (IDDSI 2) : PAS {pas_nectar}, aucun résidu significatif.",
                     "Purée (IDDSI 4) : bonne propulsion, stase valléculaire légère.",
                     "Solide (biscuit) : mastication lente, résidus en cavité buccale.",
                     "# Recommandations",
                     f"Diète : {rec[0]}.", "Position assise à 90 degrés, petites bouchées, surveillance aux repas.",
                     "Réévaluation clinique dans 2 semaines.", "",
                     f"{slp.given} {slp.surname}, orthophoniste — membre de l'OOAQ"]
    fname = c.pick([f"VFS_{p.surname}_{exam:%Y%m%d}.pdf", f"Rapport VFS {p.surname.upper()} {p.given}.pdf",
                    f"rapport_videofluoro_{p.mrn}.pdf",
                    f"Rapport de vidéofluoroscopie — {p.surname.upper()} {p.given} — {fr_date(exam, 'iso')}.pdf"])
    body = c.pick([
        f"Bonjour {doc.display('fr')},\n\nVous trouverez ci-joint le rapport de la vidéofluoroscopie faite ce matin pour votre patient{'e' if p.sex == 'F' else ''} de la {_room(c)}. "
        f"En bref : aspiration/pénétration aux liquides minces, j'ai modifié la diète au Kardex.\n\nN'hésitez pas si vous avez des questions.\n\n{slp.sig('fr')}",
        f"Bonjour,\n\nRapport VFS en pièce jointe. Résumé : PAS {pas_thin} aux liquides minces, {rec[0]}. "
        f"L'équipe de soins est avisée.\n\n{slp.given}\n",
    ])
    return Msg(lang="fr", category="vfss_report", note="rapport de vidéofluoroscopie en PDF",
               types=types, subject=c.pick(["Rapport VFS", "VFS de ce matin — rapport", f"Résultat vidéofluoroscopie {exam:%d/%m}"]),
               body=body, frm=slp.addr(), to=[doc.addr()],
               atts=[att(fname, "pdf", pdf("Rapport de vidéofluoroscopie de la déglutition", lines, author=slp.surname))],
               ids=ids, holders=holders)


# ---------------------------------------------------------------- 3. census list (HTML table)
def census(c):
    slp = staff("slp_dys")
    to = staff("slp_en") if c.r.random() < 0.5 else staff("slp_voice")
    rows = []
    n = c.r.randint(5, 8)
    meds_seen = False
    for k in range(n):
        p = c.patient("fr", c.pick(["elder", "elder", "adult"]))
        dx = c.pick(DYS_DX)[0]
        todo = c.pick(["réévaluer au dîner", "VFS demandée jeudi", "essai liquides clairs", "suivi diète IDDSI 5",
                       "famille veut discuter alimentation palliative", "PAS 8 à la VFS — maintenir épaissi",
                       "écrasement du Sinemet à valider avec pharmacie", "sous quétiapine HS — voir au déjeuner"])
        if "Sinemet" in todo or "quétiapine" in todo:
            meds_seen = True
        rows.append((_room(c) + c.pick("AB"), name_form(p, c.pick(["upper_comma", "surname_first", "comma", "initial"])),
                     p.mrn, dx, todo))
    types = {"patient_name", "diagnosis", "mrn"}
    if meds_seen:
        types.add("medication")
    day = fr_date(c.workday(1, 3), "day")
    text = (f"Bonjour {to.given},\n\nVoici ma liste pour {day}, je suis en formation IDDSI toute la journée.\n\n"
            + "\n".join(f"{a} | {b} | {cc} | {d} | {e}" for a, b, cc, d, e in rows)
            + f"\n\nLes cas prioritaires sont en haut. Merci mille fois!\n\n{slp.given}")
    html = (f"<p>Bonjour {to.given},</p><p>Voici ma liste pour {day}, je suis en formation IDDSI toute la journée.</p>\n"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr><th>Ch.</th><th>Patient</th><th>Dossier</th><th>Problème</th><th>À faire</th></tr>\n"
            + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{cc}</td><td>{d}</td><td>{e}</td></tr>" for a, b, cc, d, e in rows)
            + f"\n</table>\n<p>Les cas prioritaires sont en haut. Merci mille fois!</p><p>{slp.given}</p>")
    return Msg(lang="fr", category="census_list", note="liste de patients à voir (dysphagie)", types=types,
               subject=c.pick([f"Liste dysphagie {day}", "Ma liste pour demain", "Relève orthophonie — patients à voir"]),
               body=text, html=html, fmt=c.pick(["alt", "html"]), frm=slp.addr(), to=[to.addr()],
               ids=[("mrn", row[2]) for row in rows])


# ---------------------------------------------------------------- 4. booking with ICS
def fees_booking(c):
    from gen_docs import ics
    r = c.r
    kind = c.pick(["fees", "pea", "vng"])
    p = c.patient("fr", "elder" if kind == "fees" else c.pick(["adult", "child"]))
    clerk, clin = staff("clerk"), staff("slp_dys" if kind == "fees" else "tech")
    d = c.workday(3, 20)
    start = datetime.datetime(d.year, d.month, d.day, c.pick([8, 9, 10, 13, 14]), c.pick([0, 30]))
    end = start + datetime.timedelta(minutes=60 if kind != "pea" else 90)
    label = {"fees": "FEES (nasofibroscopie de déglutition)", "pea": "PEA — potentiels évoqués auditifs",
             "vng": "Vidéonystagmographie"}[kind]
    reason = c.pick(DYS_DX)[0] if kind == "fees" else c.pick(AUD_DX)[0]
    nm = name_form(p, c.pick(["full", "title_full", "upper_comma"]))
    desc = (f"{label}\nPatient : {nm}\nTél. : {p.phone}\nMotif : {reason}\n"
            + ("Apporter la liste de médicaments. Accompagnateur requis.\n" if kind == "fees" else "Venir les cheveux propres, sans crème ni gel.\n"))
    data = ics(f"{start:%Y%m%dT%H%M}-{r.getrandbits(32):08x}@cisss-hautesrivieres.example", start, end,
               f"{label.split(' ')[0]} — {nm}", desc, "Pavillon B, local B-214", clerk.addr(), [clin.addr()],
               stamp=c.now)
    body = (f"Bonjour {clin.given},\n\nJ'ai réservé la plage du {fr_date(d, 'day')} à {start:%H h %M} pour "
            f"{name_form(p, 'title', 'fr')} ({label.split(' ')[0]}). L'invitation est jointe, la famille a confirmé par téléphone.\n\n"
            f"Sophie\n\n{clerk.sig('fr')}")
    return Msg(lang="fr", category="booking_ics", note="rendez-vous d'examen avec invitation ICS",
               types={"patient_name", "patient_contact", "diagnosis"}, subject=f"RDV {label.split(' ')[0]} {fr_date(d, 'slash')}",
               body=body, frm=clerk.addr(), to=[clin.addr()],
               atts=[att(c.pick(["invitation.ics", "rdv.ics", f"{label.split(' ')[0]}_{d:%Y%m%d}.ics"]), "ics", data)])


# ---------------------------------------------------------------- 5. audiogram to GP
def audiogram_gp(c):
    r = c.r
    holder = r.random() < 0.65
    p = c.holder(["elder", "adult", "youth"]) if holder else c.patient("fr", c.pick(["elder", "adult"]))
    aud = staff(c.pick(["aud", "aud2"]))
    gmf = ext("gmf")
    docname = c.pick(["Dre Valérie Sirois", "Dr Jean-Philippe Lamarre", "Dre Anne Kasongo"])
    doc_mail = docname.split(" ", 1)[1].lower().replace(" ", ".").replace("é", "e").replace("è", "e") + "@" + gmf[1]
    dx = c.pick(AUD_DX)
    res = aud_results(c, "fr")
    types = {"patient_name", "diagnosis", "lab_result"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "fr", layout=c.pick(["lines", "inline"]))
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
    else:
        block = f"{name_form(p, 'upper_comma')} — DDN {fr_date(p.dob, 'iso')}"
        types.add("date_of_birth")
    reco = c.pick(["Référence en ORL recommandée (IRM des CAI à discuter).",
                   "Appareillage auditif bilatéral recommandé; formulaire RAMQ rempli.",
                   "Contrôle audiologique dans 6 semaines après traitement.",
                   "Aucune aide auditive pour l'instant; stratégies de communication remises."])
    body = (f"Bonjour {docname},\n\nSuite à votre demande, voici les résultats de l'évaluation audiologique de votre patient{'e' if p.sex == 'F' else ''} :\n\n"
            f"{block}\nÉvaluation du {fr_date(c.ago(1, 10))}\n\n" + "\n".join(res) +
            f"\n\nImpression : {dx[0]}.\n{reco}\n\nLe rapport complet suivra par télécopieur.\n\nCordialement,\n\n{aud.sig('fr')}")
    return Msg(lang="fr", category="audiology_result", note="résultats audiologiques au médecin référent",
               types=types, subject=c.pick(["Résultats audiologiques", "Évaluation audiologique — résultats", "Votre référence en audiologie"]),
               body=body, frm=aud.addr(), to=[(docname, doc_mail)], ids=ids, holders=holders)


# ---------------------------------------------------------------- 6. prescription to pharmacy
def pharmacy_rx(c):
    r = c.r
    p = c.patient("fr", c.pick(["adult", "elder"]))
    ent = staff(c.pick(["ent", "ent2"]))
    ph = ext("pharm_fr")
    case = c.pick(["sudden", "otitis", "lpr"])
    if case == "sudden":
        dx = "surdité brusque neurosensorielle droite (J3)"
        rx = ["Prednisone 5 mg co. : 60 mg PO DIE x 7 jours, puis diminuer de 10 mg aux 2 jours", "Pantoprazole 40 mg PO DIE pendant la corticothérapie"]
    elif case == "otitis":
        dx = "otite externe gauche avec tube de ventilation en place"
        rx = ["Ciprodex (ciprofloxacine 0,3 % / dexaméthasone 0,1 %) 4 gttes OG BID x 7 jours"]
    else:
        dx = "reflux laryngopharyngé, dysphonie chronique"
        rx = ["Pantoprazole 40 mg PO BID, 30 min avant déjeuner et souper, x 8 semaines", "Gaviscon Advance 10 mL PO après les repas et HS"]
    body = (f"Ordonnance — transmission par courriel sécurisé\n\n"
            f"Patient : {name_form(p, c.pick(['upper_comma', 'full', 'title_full']))}\n"
            f"Date de naissance : {fr_date(p.dob, c.pick(['iso', 'long', 'slash']))}\n"
            f"Adresse : {p.address}\nTél. : {p.phone}\n\n"
            f"Diagnostic : {dx}\n\nRx :\n" + "\n".join(f"- {x}" for x in rx) +
            f"\n\nRenouvellement : 0\n\n{ent.display('fr')}, {ent.role_fr}\nPermis 1-{r.randint(10000, 99999)}\n{ent.sig('fr').split(chr(10), 2)[2]}")
    return Msg(lang="fr", category="prescription_pharmacy", note="ordonnance transmise à une pharmacie",
               types={"patient_name", "date_of_birth", "patient_contact", "diagnosis", "medication"},
               subject=c.pick(["Ordonnance", "Rx — à servir aujourd'hui SVP", f"Ordonnance {name_form(p, 'surname_first')}"]),
               body=body, frm=ent.addr(), to=[("Pharmacie Deschênes-Aubry", "ordonnances@" + ph[1])], fmt="plain")


# ---------------------------------------------------------------- 7. CI follow-up with XLSX
def ci_followup(c):
    r = c.r
    child = r.random() < 0.6
    holder = r.random() < 0.6
    if holder:
        p = c.holder(["child", "youth"] if child else ["adult", "elder"])
    else:
        p = c.patient("fr", "child" if child else "adult")
    ci, ent = staff("ci"), staff(c.pick(["ent", "ent2"]))
    dx = c.pick(CI_DX)
    res = ci_results(c, "fr")
    side = c.pick(["droit", "gauche", "bilatéral"])
    types = {"patient_name", "diagnosis", "lab_result"}
    ids, holders = [], []
    rows = [["Électrode", "Impédance (kOhm)", "Niveau T (UC)", "Niveau C (UC)", "Statut"]]
    for e in range(1, 23):
        imp = round(r.uniform(4.5, 12.5), 1)
        st = "OK"
        if r.random() < 0.06:
            imp, st = "> 30", "circuit ouvert — désactivée"
        rows.append([f"E{e}", imp, r.randint(90, 140), r.randint(160, 215), st])
    ident = [["Patient", name_form(p, "upper_comma")], ["Date de naissance", fr_date(p.dob, "iso")],
             ["Implant", f"{side}, activé le {fr_date(c.ago(150, 900), 'iso')}"],
             ["Séance", fr_date(c.now.date(), "iso")]]
    types.add("date_of_birth")
    if holder:
        ident += [["Sexe", p.sex], ["NAM", pdf_safe_nam(c, p)]]
        types.add("ramq_nam")
        ids.append(("nam", p.nam))
        holders.append(p)
    data = xlsx([("Réglage", ident + [[]] + rows)], author=ci.surname)
    who = f"{name_form(p, c.pick(['given', 'title', 'full']), 'fr')}"
    if child:
        intro = (f"Bonjour {ent.display('fr')},\n\nPetit suivi pour {who}, vu{pron(p, 'fr', 'e')} hier avec sa mère pour le réglage des 6 mois "
                 f"de l'implant {side} ({dx[0]}).")
    else:
        intro = (f"Bonjour {ent.display('fr')},\n\nSuivi de réglage pour {who} (implant {side}, {dx[0]}).")
    body = (intro + "\n\n" + "\n".join("- " + x for x in res) +
            "\n\nLe tableau des impédances est joint. Je propose de revoir dans 3 mois; "
            + c.pick(["la famille demande un 2e implant, à discuter en réunion d'équipe.",
                      "l'orthophoniste en réadaptation est avisée.",
                      "rien d'urgent de votre côté."])
            + f"\n\n{ci.sig('fr')}")
    fname = c.pick([f"impedances_{p.surname}.xlsx", f"Reglage IC {p.given} {p.surname}.xlsx", "reglage_IC.xlsx"])
    return Msg(lang="fr", category="ci_followup", note="suivi de réglage d'implant cochléaire",
               types=types, subject=c.pick(["Suivi réglage IC", f"IC — réglage {fr_date(c.now.date(), 'slash')}", "Réglage implant — résultats"]),
               body=body, frm=ci.addr(), to=[ent.addr()], atts=[att(fname, "xlsx", data)], ids=ids, holders=holders)


# ---------------------------------------------------------------- 8. CI transfer from France (NIR)
def ci_transfer_fr(c):
    r = c.r
    p = c.patient("fr", c.pick(["adult", "child"]), origin="france")
    nir = make_nir(r, p.dob, p.sex)
    ci = staff("ci")
    chu = ext("chu_fr")
    sender = ("Dr Laurent Peyrac", "l.peyrac@" + chu[1])
    style = c.pick(["space", "plain", "space", "hyphen"])
    nir_s = disguise(nir, ID_SIZES["nir"], style)
    dx = c.pick(CI_DX)
    res = ci_results(c, "fr")
    body = (f"Cher confrère,\n\nComme convenu au téléphone, je vous adresse {name_form(p, 'title_full', 'fr')}, "
            f"né{pron(p, 'fr', 'e')} le {fr_date(p.dob)}, implanté{pron(p, 'fr', 'e')} dans notre service pour {dx[0]}, "
            f"qui s'installe au Québec le mois prochain.\n\n"
            f"N° de sécurité sociale (NIR) : {nir_s}\n"
            f"Adresse au Québec : {p.address}\nTéléphone : {p.phone}\n\n"
            f"Derniers résultats (bilan du {fr_date(c.ago(20, 60))}) :\n" + "\n".join("- " + x for x in res) +
            "\n\nLe dossier complet (CR opératoire, scanner des rochers, programmes du processeur) suit par messagerie sécurisée. "
            "Merci de bien vouloir assurer la continuité du suivi.\n\nBien confraternellement,\n\n"
            f"Dr Laurent Peyrac\nService ORL et chirurgie cervico-faciale\n{chu[0]}")
    return Msg(lang="fr", category="ci_transfer", note="transfert de suivi d'implant depuis la France",
               types={"patient_name", "date_of_birth", "fr_nir", "diagnosis", "lab_result", "patient_contact"},
               subject="Transfert de suivi — patient implanté cochléaire", body=body, frm=sender,
               to=[ci.addr()], ids=[("fr_nir", nir)])


# ---------------------------------------------------------------- 9. voice clinic
def voice_clinic(c):
    r = c.r
    holder = r.random() < 0.5
    p = c.holder(["adult", "youth"]) if holder else c.patient("fr", "adult")
    slp, ent = staff("slp_voice"), staff(c.pick(["ent", "ent2"]))
    dx, med = c.pick(VOICE_DX), c.pick(VOICE_MED)
    res = voice_results(c, "fr")
    job = c.pick(["enseignante au primaire", "chanteur dans un groupe", "téléphoniste", "animatrice de camp", "prêtre",
                  "entraîneur de hockey"])
    types = {"patient_name", "diagnosis", "lab_result", "medication"}
    ids, holders = [], []
    if holder:
        block, _ = holder_block(c, p, "fr", layout="inline")
        types |= {"date_of_birth", "ramq_nam"}
        ids.append(("nam", p.nam))
        holders.append(p)
        head = block + "\n\n"
        who = name_form(p, "title", "fr")
    else:
        head = ""
        who = name_form(p, c.pick(["title_full", "full", "lower"]), "fr")
    body = (f"Bonjour {ent.display('fr')},\n\n{head}J'ai vu {who} ({job}) en clinique de la voix ce matin.\n\n"
            + "\n".join(res) + f"\n\nImpression : {dx[0]}. {pron(p, 'fr', 'Subj')} prend {med[0]} depuis 3 semaines, "
            + c.pick(["amélioration subjective légère.", "sans changement notable.", "tolère bien."])
            + "\n\nPlan : thérapie vocale 1x/sem x 8 semaines (hygiène vocale, résonance), congé vocal partiel recommandé. "
            + "Je vous réfère pour laryngoscopie de contrôle.\n\n" + slp.sig("fr", long=r.random() < 0.6))
    return Msg(lang="fr", category="voice_clinic", note="note de la clinique de la voix au médecin ORL",
               types=types, subject=c.pick(["Clinique de la voix — suivi", "Évaluation vocale", "Voix — demande de laryngoscopie"]),
               body=body, frm=slp.addr(), to=[ent.addr()], ids=ids, holders=holders)


# ---------------------------------------------------------------- 10. quick note, name only in Subject
def quick_note(c):
    r = c.r
    p = c.patient("fr", "elder")
    slp = staff("slp_dys")
    frm = c.pick([staff("nurse"), staff("physiatre"), staff("slp_en")])
    room = _room(c)
    subj = c.pick([f"{name_form(p, 'title', 'fr')} {room}", f"{p.surname.upper()} — toux aux repas",
                   f"re {name_form(p, 'lower', 'fr')}"])
    body = c.pick([
        f"{pron(p, 'fr', 'Subj')} tousse à chaque gorgée d'eau depuis le dîner, saturation qui descend à 89 %. On a arrêté les liquides clairs. Peux-tu passer avant 15 h?\n\n{frm.given}",
        f"Salut, {pron(p, 'fr', 'subj')} a fait une pneumonie d'aspiration la semaine passée, la famille insiste pour lui donner du jus non épaissi. "
        f"Tu pourrais leur reparler? Ils sont là vers 18 h.\n\n{frm.given}",
        f"Pour info : retour de la VFS, aspiration silencieuse aux liquides minces. J'ai mis IDDSI 2 au Kardex, "
        f"faudrait aviser la nutrition.\n\n— {frm.given}",
    ])
    return Msg(lang="fr", category="quick_note", note="note rapide entre collègues, nom dans l'objet",
               types={"patient_name", "diagnosis"}, subject=subj, body=body, frm=frm.addr(), to=[slp.addr()], fmt="plain")
