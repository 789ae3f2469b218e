"""French-Canadian confidential messages (positives), part 2."""
import datetime as _dt

import gen_helpers as H
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_vcard, make_zip
from gen_clin import DX, dx_text, dx_meds, med_text, lab_for, SYMPTOMS_FR, SOCIAL_FR
from gen_common import (Mail, Att, DOM, DOM_CRISE, DOM_HOSP, DOM_INS, DOM_FR, DOM_BE, DOM_ON, DOM_SHELTER,
                        CLINIC_FR, make_sin, make_nir, make_niss, make_ohip, day_text, hm, age_on, fmt_date, phone)
from gen_pos_fr import A, _dx


def transfer_france(c):
    m = Mail("transfert_france", "fr")
    rng = c.rng
    dr = c.staff("psychiatre")
    p = c.patient()
    dx = _dx(c)
    med = rng.choice(dx_meds(dx))
    n = make_nir(rng, p.dob, p.sex)
    H.add(m, "diagnosis", "medication")
    colleague = rng.choice(["Dr Mathis Guérin", "Dre Léa Carpentier", "Dr Yanis Perrot"])
    m.blocks = [f"Cher confrère, chère consœur,",
                f"{H.name(m, p, rng.choice(['title', 'caps', 'full']), rng)}, {'née' if p.sex == 'F' else 'né'} le {H.dob(m, p, rng, 'long')}, "
                f"NIR {H.nir(m, n, rng)}, s'installe au Québec pour un contrat de travail de deux ans.",
                f"Suivi au CMP depuis 2021 pour {dx_text(dx, 'fr')}. Traitement actuel : {med_text(med, 'fr', rng)}, "
                "bien toléré. Dernière hospitalisation en 2022 (décompensation sur arrêt du traitement).",
                "Pourriez-vous prendre le relais du suivi psychiatrique à son arrivée? Je joins le dernier compte rendu.",
                "Bien confraternellement,", f"{colleague}\nCMP Croix-Rousse — Lyon"]
    if rng.random() < 0.5:
        m.attachments.append(Att(f"CR_consultation_{p.surname}.pdf", "application/pdf", make_pdf(
            "Compte rendu de consultation", [f"Patient(e) : {p.given} {p.surname.upper()}",
                                             f"Diagnostic : {dx_text(dx, 'fr')}", f"Traitement : {med_text(med, 'fr', rng)}"],
            author=colleague)))
    m.subject = rng.choice(["Relais de suivi psychiatrique — arrivée au Québec", "Demande de prise en charge",
                            "Transfert de suivi France → Québec"])
    m.sender = (colleague, f"secretariat.cmp@{DOM_FR}")
    m.to = [A(dr)]
    m.note = "relais de suivi d'un patient arrivant de France"
    return m


def belgian_student(c):
    m = Mail("etudiant_belge", "fr")
    rng = c.rng
    w = c.staff("crise", dom=DOM_CRISE)
    p = c.patient()
    n = make_niss(rng, p.dob, p.sex)
    sym = rng.choice(SYMPTOMS_FR)
    H.add(m, "diagnosis")
    nm = H.name(m, p, rng.choice(["full", "caps", "title"]), rng)
    m.blocks = ["Bonjour,",
                f"Nous avons rencontré hier {nm}, {'étudiante' if p.sex == 'F' else 'étudiant'} en échange (Université de Liège), "
                f"numéro national belge {H.niss(m, n, rng)}, pour : {sym}.",
                "La personne souhaite que sa clinique en Belgique soit informée et demande la transmission de ses "
                "antécédents. Pouvez-vous nous faire parvenir le dernier résumé de suivi?",
                f"Consentement signé joint au dossier. {'Elle' if p.sex == 'F' else 'Il'} est joignable au {H.contact(m, p)} (cellulaire québécois).",
                ("sig", c.sig(w, crisis=True))]
    m.subject = rng.choice(["Demande d'information — étudiant(e) en échange", "Transmission de dossier (consentement signé)"])
    m.sender = A(w)
    m.to = [("Secrétariat Clinique de la Meuse", f"secretariat@{DOM_BE}")]
    m.note = "demande d'antécédents à une clinique belge"
    return m


def group_roster(c):
    m = Mail("groupe_participants", "fr")
    rng = c.rng
    psy = c.staff("psychologue")
    grp, dx = rng.choice([("Groupe TCD (compétences) — TPL", "bpd"), ("Groupe TCC anxiété", "gad"),
                          ("Groupe psychoéducation bipolarité", "bp1"), ("Groupe entendeurs de voix", "scz")])
    H.add(m, "diagnosis")
    rows = []
    for k in range(rng.randint(6, 9)):
        p = c.patient()
        rows.append([H.name(m, p, rng.choice(["caps", "last_first", "full"]), rng), H.contact(m, p),
                     rng.choice(["confirmé", "confirmé", "à rappeler", "liste d'attente"]),
                     rng.choice(["", "", "préfère texto", "absent sem. 2", "transport adapté"])])
    hdr = ["Participant(e)", "Téléphone", "Statut", "Note"]
    start = c.later(5, 20)
    x = make_xlsx([("Inscriptions", hdr, rows)], author=psy.full)
    m.attachments.append(Att(f"inscriptions_{grp.split(' —')[0].replace(' ', '_')}.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    m.blocks = ["Bonjour à toutes et tous,",
                f"Voici la liste des inscriptions pour le {grp} ({dx_text(dx, 'fr')}), qui débute le "
                f"{day_text(start, 'fr')} à 13 h 30, salle Érable.",
                "Merci de rappeler les personnes « à rappeler » d'ici vendredi.", ("sig", c.sig(psy))]
    m.subject = f"Inscriptions — {grp}"
    m.sender = A(psy)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}")]
    m.note = "liste des participants d'un groupe thérapeutique"
    return m


def discharge_summary(c):
    m = Mail("resume_conge", "fr")
    rng = c.rng
    dr = c.staff("psychiatre", dom=DOM_HOSP)
    p = c.patient(nam=rng.random() < 0.6)
    dx = _dx(c)
    meds = [med_text(k, "fr", rng) for k in dx_meds(dx)[:2]]
    labfr, _ = lab_for(dx_meds(dx)[0], rng)
    H.add(m, "diagnosis", "medication", "lab_result")
    if p.nam:
        i = H.nam_full(m, p, rng)
        kv = [("Nom", i["name"]), ("DDN", i["dob"]), ("Sexe", i["sex"]), ("NAM", i["nam"])]
    else:
        kv = [("Nom", H.name(m, p, rng.choice(["caps", "full"]), rng)), ("DDN", H.dob(m, p, rng))]
    kv.append(("No dossier", H.mrn(m, p, rng, rng.choice(["plain", "dash", "prefix"]))))
    adm = c.earlier(10, 30)
    blocks = [("kv", kv + [("Admission", adm.isoformat()), ("Congé", c.earlier(0, 2).isoformat())]),
              ("h", "Diagnostic de congé"), dx_text(dx, "fr"),
              ("h", "Évolution"), rng.choice(SYMPTOMS_FR) + " à l'admission; amélioration progressive.",
              ("h", "Bilan"), labfr, ("h", "Médication au congé"), "\n".join(meds),
              ("h", "Suivi"), "Relance par l'équipe de crise sous 72 h; RV CESM dans 2 semaines."]
    data = make_docx("Résumé de dossier — unité de psychiatrie", blocks, author=dr.full)
    fn = rng.choice([f"resume_conge_{p.mrn}.docx", f"Résumé congé {p.surname}.docx", "resume_conge.docx"])
    m.attachments.append(Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    m.blocks = ["Bonjour,", "Résumé de congé ci-joint pour la reprise du suivi en externe.", ("sig", c.sig(dr))]
    m.subject = rng.choice(["Résumé de congé — psychiatrie 4e", "Congé unité de psychiatrie", "Résumé de dossier"])
    m.sender = (dr.title("fr"), dr.email)
    m.to = [("Accueil-triage CESM", f"accueil.triage@{DOM}")]
    m.note = "résumé de congé d'hospitalisation psychiatrique"
    return m


def quick_note(c):
    m = Mail("note_rapide", "fr")
    rng = c.rng
    a, b = c.staff("inf"), c.staff(rng.choice(["psychiatre", "ts", "crise"]))
    p = c.patient()
    H.add(m, "medication")
    nm = H.name(m, p, "lower", rng)
    v = rng.randint(0, 2)
    if v == 0:
        med = rng.choice(["paliperidone", "aripiprazole"])
        txt = (f"peux-tu rappeler {nm} svp? a pas eu son injection ({med_text(med, 'fr', rng, brand=True)}) depuis 2 sem, "
               f"sa soeur trouve {'qu elle' if p.sex == 'F' else 'qu il'} recommence a parler {'toute seule' if p.sex == 'F' else 'tout seul'}. merci")
        H.add(m, "diagnosis")
    elif v == 1:
        med = rng.choice(["clozapine", "lithium", "quetiapine"])
        txt = f"{nm} a annulé encore, 3e fois. {med_text(med, 'fr', rng)} — on fait quoi? je l'ai au tel au {H.contact(m, p)}"
    else:
        med = rng.choice(["lithium", "sertraline", "divalproex"])
        txt = f"vu {nm} en passant ce matin, semble mieux, a repris son {med_text(med, 'fr', rng)}. je note au dossier"
    m.blocks = [txt, a.given]
    m.force.update(structure="plain", charset=rng.choice(["us-ascii", "utf-8"]))
    m.subject = rng.choice(["rappel", "", "petite question", "?"]) or "(sans objet)"
    m.sender = A(a)
    m.to = [A(b)]
    m.note = "note rapide entre collègues"
    return m


def transport_request(c):
    m = Mail("demande_transport", "fr")
    rng = c.rng
    adj = c.staff("adjointe")
    p = c.patient(nam=rng.random() < 0.5)
    dx = rng.choice(["panic", "scz", "mdd", "ptsd"])
    H.add(m, "diagnosis")
    d = c.later(2, 12)
    if p.nam:
        i = H.nam_full(m, p, rng)
        kv = [("Usager", i["name"]), ("DDN", i["dob"]), ("Sexe", i["sex"]), ("NAM", i["nam"])]
    else:
        kv = [("Usager", H.name(m, p, rng.choice(["caps", "title", "full"]), rng))]
    kv += [("Adresse de départ", H.contact(m, p, "address")), ("Téléphone", H.contact(m, p)),
           ("Destination", CLINIC_FR), ("Date / heure", f"{day_text(d, 'fr')}, {hm(rng.choice([9, 10, 13, 14]), 0, 'fr')}"),
           ("Particularités", f"{dx_text(dx, 'fr', short=True)} — accompagnement requis, ne peut voyager seul(e)")]
    m.blocks = ["Bonjour,", "Demande de transport adapté / taxi médical :", ("kv", kv), "Retour vers 16 h. Merci!",
                ("sig", c.sig(adj))]
    m.subject = rng.choice(["Demande de transport", "Transport adapté — RV psychiatrie", "Taxi médical"])
    m.sender = A(adj)
    m.to = [("Transport adapté Vallon", "reservations@transport-vallon.example")]
    m.note = "demande de transport pour un rendez-vous"
    return m


def vcard_contact(c):
    m = Mail("fiche_contact", "fr")
    rng = c.rng
    ts = c.staff("ts")
    p = c.patient()
    H.add(m, "social_information", "patient_contact")
    m.evidence += [p.surname, p.phone]
    m.types.add("patient_name")
    soc = rng.choice(["hébergée en maison d'aide (violence conjugale), adresse confidentielle",
                      "nouvellement en logement supervisé après 6 mois d'itinérance",
                      "déménagé chez sa sœur suite à l'éviction"])
    vc = make_vcard(p.surname, p.given, tel=[("CELL", p.phone)], adr=p.address, note=soc)
    m.attachments.append(Att(f"{p.given} {p.surname}.vcf", "text/vcard", vc, text=True))
    m.evidence.append(p.address)
    m.blocks = ["Bonjour,", "Nouvelles coordonnées à mettre à jour au dossier (fiche jointe).",
                "Ne pas divulguer l'adresse — voir note.", ("sig", c.sig(ts))]
    m.subject = rng.choice(["Changement de coordonnées", "MAJ coordonnées", "Coordonnées — confidentiel"])
    m.sender = A(ts)
    m.to = [("Archives médicales", f"archives@{DOM}")]
    m.note = "fiche contact d'une usagère ou d'un usager avec situation sociale"
    return m


def zip_bundle(c):
    m = Mail("dossier_zip", "fr")
    rng = c.rng
    psy = c.staff("psychologue")
    p = c.patient()
    dx = _dx(c)
    H.add(m, "diagnosis")
    nm = H.name(m, p, rng.choice(["caps", "full", "last_first"]), rng)
    ev = make_docx("Évaluation psychologique", [("kv", [("Nom", nm), ("DDN", H.dob(m, p, rng))]),
                                                 ("h", "Impression clinique"), dx_text(dx, "fr"),
                                                 ("h", "Tests"), "BDI-II : 34 (sévère); GAD-7 : 17; PCL-5 : 41",
                                                 ("h", "Recommandations"), "Thérapie individuelle hebdomadaire, évaluation psychiatrique."],
                    author=psy.full)
    H.add(m, "lab_result")
    scores = make_csv(["date", "outil", "score"], [[c.earlier(30, 60).isoformat(), "PHQ-9", 22],
                                                   [c.earlier(1, 20).isoformat(), "PHQ-9", 17]])
    z = make_zip([("evaluation_psychologique.docx", ev), ("scores_questionnaires.csv", scores)])
    m.attachments.append(Att(f"dossier_{p.mrn}.zip", "application/zip", z))
    H.mrn(m, p, rng, "plain")
    m.blocks = ["Bonjour Docteur,", "Comme demandé, voici mon évaluation et l'évolution des scores (archive jointe).",
                "Le mot de passe habituel n'a pas été appliqué — désolé, je renvoie au besoin.", ("sig", c.sig(psy))]
    m.subject = rng.choice(["Évaluation psychologique", "Éval psy + scores", "Documents demandés"])
    m.sender = A(psy)
    m.to = [A(c.staff("psychiatre"))]
    m.note = "archive avec évaluation psychologique"
    return m


def attached_eml(c):
    m = Mail("courriel_joint", "fr")
    rng = c.rng
    chef = c.staff("chef")
    urg = c.staff("psychiatre", dom=DOM_HOSP)
    inf = c.staff("inf")
    p = c.patient(nam=rng.random() < 0.5)
    sym = rng.choice(SYMPTOMS_FR)
    inner = Mail("interne", "fr")
    inner.date = c.date - _dt.timedelta(days=rng.randint(1, 3), hours=3)
    H.add(m, "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']} ({i['sex']}, {i['dob']}, NAM {i['nam']})"
    else:
        who = f"{H.name(m, p, rng=rng)} (dossier {H.mrn(m, p, rng)})"
    inner.blocks = ["Bonjour,", f"Vu à l'urgence cette nuit : {who}. {sym[0].upper() + sym[1:]}.",
                    "Congé avec relance de l'équipe de crise et RV à votre clinique. Merci de prioriser.",
                    ("sig", urg.title("fr") + "\nUrgence psychiatrique — Hôpital Saint-Ambroise")]
    inner.subject = "Congé urgence psychiatrique — à prioriser"
    inner.sender = A(urg)
    inner.to = [("Accueil-triage CESM", f"accueil.triage@{DOM}")]
    m.attachments.append(Att("Congé urgence psychiatrique.eml", "message/rfc822", inner))
    m.blocks = [f"{inf.given},", "Peux-tu prendre ce cas en charge cette semaine? Courriel original joint.", chef.given]
    m.subject = "TR: Congé urgence psychiatrique — à prioriser"
    m.sender = A(chef)
    m.to = [A(inf)]
    m.note = "courriel d'urgence joint en pièce jointe"
    return m


def court_order(c):
    m = Mail("ordonnance_tribunal", "fr")
    rng = c.rng
    dr = c.staff("psychiatre")
    p = c.patient(nam=rng.random() < 0.5)
    dx = rng.choice(["scz", "sza", "bp1"])
    H.add(m, "diagnosis", "medication", "social_information")
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']}, DDN {i['dob']}, sexe {i['sex']}, NAM {i['nam']}"
    else:
        who = f"{H.name(m, p, rng.choice(['caps', 'title']), rng)}, DDN {H.dob(m, p, rng)}"
    m.blocks = ["Maître,",
                f"Concernant la requête en autorisation de soins visant {who} : je confirme le diagnostic de "
                f"{dx_text(dx, 'fr')} et le refus catégorique de traitement lié à l'anosognosie.",
                f"Le plan proposé comprend {med_text(rng.choice(['paliperidone', 'aripiprazole']), 'fr', rng)}, "
                "avec hébergement en ressource intermédiaire pour une durée de trois ans.",
                f"Je suis disponible pour témoigner le {day_text(c.later(7, 25), 'fr')}.",
                ("sig", c.sig(dr))]
    m.subject = rng.choice(["Requête en autorisation de soins", "Dossier Cour supérieure — témoignage", "Autorisation de soins — suivi"])
    m.sender = A(dr)
    m.to = [("Me Anne-Sophie Gravel", "agravel@contentieux-sante.example")]
    m.note = "échange avec le contentieux sur une autorisation de soins"
    return m


def insurer_form(c):
    m = Mail("assureur", "fr")
    rng = c.rng
    dr = c.staff("psychiatre")
    p = c.patient()
    dx = rng.choice(["mdd", "gad", "ptsd", "bp2", "adj"])
    med = dx_meds(dx)[0]
    H.add(m, "diagnosis", "medication")
    pol = f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"
    kv = [("Adhérent(e)", H.name(m, p, rng.choice(["caps", "full"]), rng)), ("Date de naissance", H.dob(m, p, rng)),
          ("No de police / certificat", pol)]
    if rng.random() < 0.6:
        kv.append(("NAS", H.sin(m, make_sin(rng), rng)))
    blocks = [("kv", kv), ("h", "Déclaration du médecin traitant"),
              f"Diagnostic : {dx_text(dx, 'fr')} (DSM-5-TR).", f"Traitement : {med_text(med, 'fr', rng)}; psychothérapie hebdomadaire.",
              f"Arrêt de travail depuis le {fmt_date(c.earlier(30, 90), 'fr', 'long')}; retour progressif envisagé dans 8 semaines."]
    data = make_pdf("Assurances Boréal — Déclaration du médecin traitant (invalidité)", blocks, author=dr.full)
    m.attachments.append(Att(f"declaration_medecin_{pol}.pdf", "application/pdf", data))
    m.blocks = ["Bonjour,", "Vous trouverez ci-joint la déclaration du médecin traitant dûment remplie.",
                "Les notes cliniques ne seront transmises qu'avec une autorisation spécifique.", ("sig", c.sig(dr))]
    m.subject = rng.choice([f"Dossier {pol} — déclaration du médecin", "Formulaire d'invalidité complété"])
    m.sender = A(dr)
    m.to = [("Service des réclamations", f"reclamations@{DOM_INS}")]
    m.note = "formulaire d'invalidité envoyé à un assureur"
    return m


def waitlist_csv(c):
    m = Mail("liste_attente", "fr")
    rng = c.rng
    chef = c.staff("chef")
    H.add(m, "diagnosis")
    rows = []
    for k in range(rng.randint(7, 12)):
        p = c.patient(nam=(k == 0 and rng.random() < 0.5))
        if p.nam:
            m.evidence.append(p.given)
            rows.append([H.name(m, p, "caps", rng), H.dob(m, p, rng, "iso"), p.sex, H.nam(m, p, rng, "plain"),
                         DX[_dx(c)][1], rng.choice(["P2", "P3", "P4"])])
        else:
            rows.append([H.name(m, p, "caps", rng), H.dob(m, p, rng, "iso"), p.sex, "", DX[_dx(c)][1], rng.choice(["P2", "P3", "P4"])])
    enc = rng.choice(["utf-8", "windows-1252"])
    data = make_csv(["nom", "ddn", "sexe", "nam", "dx_ref", "priorite"], rows, delimiter=rng.choice([",", ";"]),
                    encoding=enc)
    m.attachments.append(Att(f"liste_attente_{c.date.strftime('%Y-%m')}.csv", f"text/csv; charset=\"{enc}\"", data,
                             text=True))
    m.blocks = ["Bonjour,", "Extraction de la liste d'attente pour le comité d'accès de mardi.",
                "SVP ne pas transférer à l'externe.", ("sig", c.sig(chef))]
    m.subject = "Liste d'attente — extraction " + c.date.strftime("%Y-%m")
    m.sender = A(chef)
    m.to = [("Comité d'accès", f"comite.acces@{DOM}")]
    m.note = "extraction de la liste d'attente"
    return m


def ontario_transfer(c):
    m = Mail("transfert_ontario", "fr")
    rng = c.rng
    w = c.staff("crise", dom=DOM_CRISE)
    p = c.patient()
    sym = rng.choice(SYMPTOMS_FR)
    H.add(m, "diagnosis")
    oh = make_ohip(rng)
    m.blocks = ["Bonjour,",
                f"Un(e) résident(e) ontarien(ne) a été vu(e) par notre équipe mobile hier : {H.name(m, p, rng.choice(['caps', 'full', 'title']), rng)}, "
                f"DDN {H.dob(m, p, rng)}, carte Santé Ontario {H.ohip(m, oh, rng)}.",
                f"Présentation : {sym}.", f"Adresse à Hawkesbury : {H.contact(m, p, 'address')}.",
                "Pouvez-vous assurer le suivi de votre côté de la rivière? Je peux vous transmettre notre note d'intervention.",
                ("sig", c.sig(w, crisis=True))]
    m.subject = rng.choice(["Transfert de suivi — résident(e) ontarien(ne)", "Suivi interprovincial"])
    m.sender = A(w)
    m.to = [("Santé mentale communautaire", f"intake@{DOM_ON}")]
    m.note = "transfert de suivi vers l'Ontario"
    return m


FR_POS_B = [transfer_france, belgian_student, group_roster, discharge_summary, quick_note, transport_request,
            vcard_contact, zip_bundle, attached_eml, court_order, insurer_form, waitlist_csv, ontario_transfer]
