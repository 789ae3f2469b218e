"""Confidential messages, French, mostly body-borne disclosures."""
import gen_common as G
from gen_attach import pdf_bytes
from gen_ctx import ISO_SMAF, fr_header_block, join, quote


def _de(x):
    return "d'" if x[:1].lower() in "aeéèiouyh" else "de "


def _nd(p):
    return "née" if p.sex == "F" else "né"


def p_chsld_demande(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.8 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom="mah-" + c.org["dom"])
    unit = r.choice(G.UNITS_FR)
    dx = c.dx(r.randint(1, 2))
    c.t("diagnosis")
    soc = c.soc(p)
    c.t("social_information")
    name = c.pname(p)
    ident = f"NAM {c.nam(p)}" if p.nam and r.random() < 0.85 else c.mrn()
    birth = f", {_nd(p)} le {c.dob(p)}" if r.random() < 0.6 else f", {p.age()} ans"
    iso = r.choice(ISO_SMAF)
    chs = r.sample(G.CHSLD, 2)
    nsa = r.randint(4, 61)
    subj = r.choice([f"Demande d'hébergement – {name}",
                     f"MAH : nouvelle demande CHSLD ({p.surname})",
                     f"Priorisation hébergement – {p.given[0]}. {p.surname} – NSA {nsa} jours",
                     "Demande d'hébergement à présenter au comité d'orientation"])
    body_v = r.randint(0, 2)
    if body_v == 0:
        core = (f"Voici une demande d'hébergement pour {name} ({ident}{birth}), hospitalisé{p.e()} "
                f"à l'unité de {unit} depuis le {G.fmt_date(c.when(-nsa - 9), 'fr')}.\n\n"
                f"Diagnostics : {'; '.join(dx)}.\n"
                f"Autonomie : {iso}, aide totale aux AVQ, besoin de surveillance 24 h.\n"
                f"Situation sociale : {soc[0]}.\n\n"
                f"L'usager{'e' if p.sex == 'F' else ''} est en NSA depuis {nsa} jours. La famille "
                f"souhaite {chs[0]} en premier choix, sinon {chs[1]}.")
    elif body_v == 1:
        core = (f"Suite à notre rencontre interdisciplinaire de ce matin, l'équipe recommande une "
                f"orientation CHSLD pour {name}.\n"
                f"- {ident}\n- {dx[0]}\n- {iso}\n- {soc[0]}\n\n"
                f"Le formulaire OEMC est complété au RSIPA. Le consentement a été signé par "
                f"{r.choice(['sa fille', 'son fils', 'sa conjointe', 'son mandataire', 'l’usager lui-même'])}.")
    else:
        core = (f"Petit suivi pour {name}{birth} : toujours en attente d'une place. "
                f"Rappel du contexte : {dx[0]}, {soc[0]}. {iso}.\n"
                f"On approche {nsa} jours de NSA et l'unité est en débordement. Est-ce possible de "
                f"remonter la priorité au comité de jeudi?")
    atts = []
    if r.random() < 0.35:
        lines = ["## Identification", f"Nom : {p.surname.upper()}, {p.given}",
                 f"NAM : {G.fmt_nam(p.nam, 'space')}" if p.nam else c.mrn(),
                 f"Date de naissance : {G.fmt_date(p.dob, 'iso')}", f"Sexe : {p.sex}",
                 "## Motif de la demande", dx[0], soc[0], "## Autonomie", iso,
                 "## Préférences de milieu", ", ".join(chs)]
        c.t("date_of_birth")
        if p.nam:
            c.t("ramq_nam")
        atts.append(dict(kind="pdf", filename=r.choice([f"Demande_hebergement_{p.surname}.pdf",
                                                         "demande_hebergement.pdf", "MAH_formulaire.pdf"]),
                         data=pdf_bytes("Demande d'hébergement – CHSLD", lines, compress=r.random() < 0.5)))
        core += "\n\nLe formulaire est en pièce jointe."
    text = join(c.greet(d[0]), core, c.close(), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "CHSLD placement request with patient identity and clinical/social summary",
                  attachments=atts, cc=[c.staff()] if r.random() < 0.4 else None)


def p_sad_demande(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.55 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom="clsc-" + r.choice(["moulins", "chenaux", "rosenord", "longueuil"]) + ".example")
    name = c.pname(p)
    adr = c.addr()
    tel = c.tel()
    dx = c.dx()[0]
    meds = c.med(2)
    c.t("diagnosis", "medication")
    dc = c.when(r.randint(1, 5))
    services = r.sample(["aide au bain 2x/semaine", "soins de plaie (pansement aux 48 h)",
                         "suivi infirmier post-congé", "évaluation ergo du domicile (barres d'appui)",
                         "popote roulante", "gestion de la médication (dispill)",
                         "suivi TS – évaluation du réseau", "injection SC q semaine"], 3)
    lines = [f"Usager : {name}"]
    if p.nam and r.random() < 0.8:
        lines.append(f"NAM : {c.nam(p)}")
    if r.random() < 0.6:
        lines.append(f"DDN : {c.dob(p)}")
    lines += [f"Adresse : {adr}", f"Tél. : {tel}", f"Congé prévu : {G.day_fr(dc)}",
              f"Dx principal : {dx}", f"Médication : {', '.join(meds)}",
              "Services demandés :"] + [f"  * {x}" for x in services]
    intro = r.choice(["Nouvelle demande de services SAD suite à l'hospitalisation :",
                      "Je vous transmets une référence pour le soutien à domicile.",
                      "Demande urgente – congé imminent, merci de prioriser :"])
    extra = ""
    if r.random() < 0.5:
        extra = r.choice([f"{p.Il()} vit avec son conjoint, lui-même en perte d'autonomie.",
                          f"{p.Il()} a refusé l'hébergement et veut retourner chez {'elle' if p.sex == 'F' else 'lui'}.",
                          "Le fils demeure à Calgary; personne sur place pour les courses."])
        c.t("social_information")
    text = join(c.greet(d[0]), intro, "\n".join(lines), extra, c.close(), c.sig(s[0]))
    subj = r.choice([f"Référence SAD – {p.surname}", "Demande SAD – congé " + G.fmt_date(dc, "frnum"),
                     f"Réf. soutien à domicile {p.given[0]}{p.surname[0]} / {r.choice(G.CLSC)}",
                     "Nouvelle référence guichet SAD"])
    return c.spec(s, [d], subj, text, "Home-care (SAD) referral with address, diagnosis and meds")


def p_mandat_protection(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["curateur-qc.example", "notaires-associes.example",
                                  "avocats-rivenord.example"]))
    name = c.pname(p)
    mand = G.new_patient(r)
    rel = r.choice(["sa fille", "son fils", "sa nièce", "son frère", "sa conjointe"])
    c.t("diagnosis", "social_information")
    dx = r.choice(["trouble neurocognitif majeur modéré à sévère",
                   "séquelles d'un AVC avec aphasie globale", "démence frontotemporale",
                   "trouble neurocognitif d'origine alcoolique"])
    v = r.randint(0, 2)
    if v == 0:
        core = (f"Nous vous transmettons l'évaluation psychosociale en vue de l'homologation du mandat "
                f"de protection de {name}. L'évaluation médicale (Dre {G.new_staff(r, sex='F').surname}) "
                f"conclut à une inaptitude totale et permanente (diagnostic : {dx}).\n\n"
                f"Le mandataire désigné est {rel}, {mand.full}. Aucune opposition n'est connue à ce jour, "
                f"mais un autre membre de la fratrie conteste la gestion des comptes bancaires.")
    elif v == 1:
        core = (f"Signalement au Curateur public concernant {name}"
                + (f" (NAM {c.nam(p)})" if p.nam else "") +
                f". Usager{'e' if p.sex == 'F' else ''} inapte ({dx}), sans mandat de protection et sans "
                f"proche pouvant agir. Des retraits inhabituels ont été constatés sur son compte "
                f"(environ {r.randint(8, 40)} 000 $ en trois mois). Nous demandons l'ouverture d'une "
                f"mesure de protection (tutelle aux biens et à la personne).")
    else:
        core = (f"Pour faire suite à votre appel : le dossier de {name} est prêt pour la requête en "
                f"homologation. Vous trouverez le rapport du médecin et mon évaluation psychosociale "
                f"dans l'envoi sécurisé de cet après-midi.\n\nÀ noter : {rel} souhaite aussi être "
                f"nommé{'e' if rel.startswith('sa') else ''} pour la représentation relative aux soins. "
                f"Diagnostic : {dx}; {p.il()} ne reconnaît plus ses proches.")
    if p.nam and v != 1 and r.random() < 0.5:
        core += f"\n\nNAM : {c.nam(p)}"
    if r.random() < 0.4:
        core += f"\n\nDate de naissance de l'usager{'e' if p.sex == 'F' else ''} : {c.dob(p)}"
    subj = r.choice([f"Homologation mandat – {p.surname}", "Évaluation psychosociale – mandat de protection",
                     f"Signalement Curateur public – {name}", "Dossier inaptitude – suivi"])
    text = join(c.greet(d[0]), core, c.close(), c.sig(s[0], role="Travailleuse sociale" if s[0].sex == "F" else "Travailleur social"))
    return c.spec(s, [d], subj, text, "Protection mandate / public curator file with incapacity diagnosis")


def p_itinerance(c):
    r = c.rng
    p = c.patient(lo=1960, hi=2003)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["refuge-lumiere.example", "maison-passage.example",
                                  "mission-accueil.example"]))
    name = c.pname(p, r.choice(["full", "title", "upper", "surfirst"]))
    c.t("social_information")
    cell = c.tel() if r.random() < 0.6 else None
    mrn = c.mrn() if r.random() < 0.5 else None
    extra = r.choice(["trouble de l'usage des opioïdes, sous traitement par agonistes opioïdes",
                      "schizophrénie, injection mensuelle de palipéridone",
                      "cellulite aux deux jambes, pansements quotidiens requis",
                      "sevrage d'alcool compliqué, stable depuis 72 h"])
    c.t("diagnosis")
    if "palipéridone" in extra or "agonistes" in extra:
        c.t("medication")
    lines = [f"Nous avons au {c.org['hosp']} {name}, {p.age()} ans, en situation d'itinérance "
             f"{r.choice(['depuis environ un an', 'depuis la perte de son logement en juillet', 'chronique', 'cachée (dormait chez des connaissances)'])}.",
             f"Congé médical prévu {G.day_fr(c.when(1))}. Problème de santé : {extra}."]
    if cell:
        lines.append(f"{p.Il()} a un cellulaire prépayé : {cell} (souvent fermé).")
    if mrn:
        lines.append(mrn)
    lines.append(r.choice(["Avez-vous une place en hébergement d'urgence ou en lit de convalescence?",
                           "Est-ce qu'un intervenant de votre équipe de proximité pourrait le rencontrer avant le congé?",
                           "Serait-il possible de réserver un lit pour la nuit de jeudi?"]))
    subj = r.choice(["Place d'hébergement d'urgence – congé demain", f"Référence – {p.surname}",
                     "Usager sans domicile – demande de lit", "Référence équipe itinérance"])
    text = join(c.greet(d[0]), "\n".join(lines), c.close(), c.sig(s[0], role="Intervenante sociale – itinérance"))
    return c.spec(s, [d], subj, text, "Homeless patient referral to shelter with health problem")


def p_aide_financiere(c):
    r = c.rng
    p = c.nam_patient(1955, 2005) if r.random() < 0.55 else c.patient(lo=1955, hi=2000)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["mtess-bureau.example", "solidarite-sociale.example"]))
    name = c.pname(p, r.choice(["full", "upper", "comma"]))
    sin = G.gen_sin(r)
    c.t("ca_sin", "social_information")
    nas = G.fmt_sin(sin, r.choice(["space", "dash", "plain", "dot", "fullwidth"]))
    v = r.randint(0, 1)
    if v == 0:
        lines = [f"Demande d'aide financière de dernier recours – {name}",
                 f"NAS : {nas}"]
        if p.nam and r.random() < 0.7:
            lines.append(f"NAM : {c.nam(p)}")
        if r.random() < 0.6:
            lines.append(f"Date de naissance : {c.dob(p)}")
        lines += ["",
                  f"{p.Il()} est hospitalisé{p.e()} depuis {r.randint(3, 11)} semaines et a perdu son emploi. "
                  f"Plus aucun revenu depuis la fin de l'assurance-emploi; loyer de juin impayé.",
                  r.choice(["Contrainte sévère à l'emploi à évaluer (rapport médical joint à venir).",
                            "Le rapport médical SR-2100 sera signé par le Dr demain."])]
    else:
        lines = [f"Je vous confirme que {name} (NAS {nas}) est toujours admis{p.e()} chez nous.",
                 r.choice(["Merci de maintenir ses prestations pour le mois en cours et d'envoyer le chèque à "
                           "l'adresse de sa sœur temporairement.",
                           "Pourriez-vous suspendre la coupure annoncée? La lettre est arrivée pendant son "
                           "hospitalisation en psychiatrie."])]
        if "psychiatrie" in lines[-1]:
            c.t("diagnosis")
    subj = r.choice(["Demande d'aide sociale – usager hospitalisé", f"Prestations – {p.surname}",
                     "Confirmation d'hospitalisation pour votre dossier", "Aide financière de dernier recours"])
    text = join(c.greet(d[0]), "\n".join(lines), c.close(), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "Social assistance request with SIN for hospitalised patient")


def p_proche_aidant(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.5 else c.patient()
    aid = G.new_patient(r, lo=1940, hi=1975)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["repit-aidants.example", "baluchon-region.example",
                                  "appui-aidants.example"]))
    name = c.pname(p)
    c.t("diagnosis", "social_information")
    dx = c.dx()[0]
    rel = r.choice(["son épouse", "son mari", "sa fille", "son fils", "sa sœur"])
    body = (f"Je vous réfère {aid.full}, proche aidant{'e' if aid.sex == 'F' else ''} de {name} ({rel}). "
            f"{r.choice([p.title_fr() + ' ' + p.surname, 'L’usager' + p.e(), p.Il()])} a un diagnostic {_de(dx)}{dx}"
            f" et le retour à domicile n'est possible qu'avec du répit régulier.\n\n"
            f"{aid.given} nous dit dormir 3-4 heures par nuit, a perdu du poids et pleurait lors de la "
            f"rencontre. {r.choice(['Elle', 'Il'])} aimerait un répit de fin de semaine "
            f"{r.choice(['une fois par mois', 'aux deux semaines'])} et du soutien psychologique.")
    if p.nam and r.random() < 0.6:
        body += f"\n\nNAM de l'usager{p.e()} : {c.nam(p)}"
    if r.random() < 0.5:
        body += f"\n\nCoordonnées de l'aidant{'e' if aid.sex == 'F' else ''} : {c.tel()}"
    subj = r.choice(["Référence répit – proche aidant épuisé", f"Épuisement de l'aidant – {p.surname}",
                     "Demande de répit / soutien aux proches aidants"])
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "Caregiver exhaustion referral naming patient and diagnosis")


def p_utrf(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.staff()
    name = c.pname(p)
    c.t("diagnosis", "medication")
    dx = r.choice(["PTH droite pour fracture sous-capitale", "PTG gauche compliquée d'un délirium",
                   "AVC lacunaire, hémiparésie gauche légère", "déconditionnement post-pneumonie",
                   "fracture du bassin (rami pubiens) traitée conservativement"])
    meds = c.med(r.randint(2, 3))
    room = f"{r.randint(3, 7)}{r.randint(10, 48)}-{r.choice('ABCD')}"
    lines = [f"Référence {r.choice(['UTRF', 'URFI', 'unité transitoire'])} : {name}, ch. {room}",
             c.mrn(), f"Raison : {dx}",
             f"MEC : {r.choice(['avec marchette, supervision', 'transfert assisté x1', 'fauteuil roulant, MEC à reprendre'])}",
             f"Rx : {'; '.join(meds)}"]
    if p.nam and r.random() < 0.75:
        lines.insert(1, f"NAM {c.nam(p)}")
    if r.random() < 0.5:
        lines.append(f"Social : {c.soc(p)[0]}")
        c.t("social_information")
    subj = r.choice([f"Réf. UTRF – ch. {room}", f"Demande URFI {p.surname}", "Candidat unité transitoire",
                     "Référence réadaptation fonctionnelle intensive"])
    text = join(c.greet(d[0]), "\n".join(lines),
                r.choice(["Disponible pour transfert dès demain.", "Ergo et physio ont fait leurs notes au dossier.",
                          "Pouvez-vous nous dire si vous l'acceptez?"]), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "Transitional rehab unit referral with chart number, diagnosis, meds")


def p_maltraitance_dpj(c):
    r = c.rng
    v = r.randint(0, 1)
    s = c.staff()
    c.t("social_information")
    if v == 0:
        p = c.patient(lo=1928, hi=1950)
        d = c.ext_staff(dom="maltraitance-aines.example")
        name = c.pname(p)
        abuser = r.choice(["son petit-fils", "son fils", "une voisine", "le conjoint de sa fille"])
        body = (f"Signalement – situation de maltraitance présumée envers {name}, {p.age()} ans.\n\n"
                f"Lors de l'évaluation, {p.il()} a révélé que {abuser} {r.choice(['gère sa carte bancaire et lui laisse 20 $ par semaine', 'la bouscule et l’enferme dans sa chambre', 'a fait signer une procuration générale'])}. "
                f"Ecchymoses aux avant-bras notées à l'admission.")
        if r.random() < 0.5:
            body += f"\nAdresse du domicile : {c.addr()}"
        subj = r.choice(["Processus d'intervention concertée – maltraitance", "Signalement maltraitance aîné",
                         "PIC – situation à discuter"])
        note = "Elder abuse report naming the patient"
    else:
        p = c.nam_patient(2008, 2023) if r.random() < 0.6 else c.patient(lo=2008, hi=2023)
        d = c.ext_staff(dom="dpj-region.example")
        name = c.pname(p, r.choice(["full", "surfirst", "upper"]))
        mother = G.new_patient(r, lo=1985, hi=2002)
        mother.surname = p.surname if r.random() < 0.5 else mother.surname
        body = (f"Signalement DPJ – enfant {name}, {_nd(p)} le {c.dob(p)}.\n"
                + (f"NAM : {c.nam(p)}\n" if p.nam and r.random() < 0.7 else "") +
                f"Mère : {mother.full}.\n\n"
                f"L'enfant a été vu{p.e()} à l'urgence pour {r.choice(['une fracture spiroïde du fémur sans mécanisme clair', 'négligence (poids < 3e percentile, hygiène)', 'une intoxication accidentelle au cannabis'])}. "
                f"La mère présente des propos incohérents. Nous demandons une évaluation urgente.")
        c.t("diagnosis")
        subj = r.choice(["Signalement DPJ – urgence pédiatrique", "Signalement – enfant vu à l'urgence",
                         "Suivi signalement RTS"])
        note = "Youth protection report with child's name and birth date"
    text = join(c.greet(d[0]), body, c.sig(s[0]))
    return c.spec(s, [d], subj, text, note, importance=r.choice(["high", None]))


def p_transport_conge(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.5 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["transport-adapte.example", "ambulances-region.example"]))
    name = c.pname(p)
    adr = c.addr()
    dt = c.when(r.randint(1, 4))
    need = r.choice(["civière, O2 2 L/min", "fauteuil roulant, accompagnement requis (démence)",
                     "assis, bariatrique 160 kg", "civière, plaie de pression sacrée"])
    c.t("diagnosis")
    lines = [f"Transport pour {name}", f"Date : {G.day_fr(dt)} vers {r.choice(['10 h', '13 h 30', '9 h'])}",
             f"Départ : {c.org['hosp']}, unité {r.choice(G.UNITS_FR)}",
             f"Destination : {r.choice([adr, r.choice(G.CHSLD) + ', ' + adr])}",
             f"Type : {need}"]
    if r.random() < 0.5:
        lines.append(f"Contact famille : {c.tel()}")
    if p.nam and r.random() < 0.6:
        lines.append(f"NAM : {c.nam(p)}")
    subj = r.choice(["Réservation transport – congé", f"Transport {G.fmt_date(dt, 'frnum')} – {p.surname}",
                     "Demande de transport adapté"])
    text = join(c.greet(), "\n".join(lines), c.close(), c.sig(s[0], role="Agente administrative"))
    return c.spec(s, [d], subj, text, "Discharge transport booking with home address and condition")


def p_pharmacie_conge(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["pharmacie-lemire.example", "pharmaprix-centre.example",
                                  "pharm-familiprix.example"]))
    name = c.pname(p)
    meds = c.med(r.randint(3, 5))
    c.t("medication")
    lines = [f"Congé prévu {G.day_fr(c.when(1))} pour {name}"
             + (f", DDN {c.dob(p)}" if r.random() < 0.6 else "") + "."]
    if p.nam and r.random() < 0.7:
        lines.append(f"NAM {c.nam(p)}")
    lines.append(r.choice(["Pourriez-vous préparer le pilulier (dispill) avec la liste suivante :",
                           "Voici la liste de médicaments au congé, merci de cesser l'ancien profil :",
                           "Nouvelle ordonnance au congé – la prescription signée suit par fax :"]))
    lines += [f"- {m}" for m in meds]
    if r.random() < 0.5:
        lines.append(r.choice(["Livraison au domicile svp, l'usager ne conduit plus.",
                               f"{p.Il()} sera hébergé{p.e()} en RI à partir de lundi, merci d'aviser la ressource.",
                               "Cesser le lorazépam (chutes)."]))
        c.t("social_information")
    subj = r.choice(["Liste de médicaments au congé", f"Pilulier – {p.surname}", "Congé – profil pharmaco"])
    text = join(c.greet(d[0]), "\n".join(lines), c.close(), c.sig(s[0], role="Infirmière de liaison"))
    return c.spec(s, [d], subj, text, "Discharge medication list sent to community pharmacy")


def p_labo_preadmission(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom="chsld-pins.example")
    name = c.pname(p)
    labs = c.lab(r.randint(2, 3))
    c.t("lab_result")
    ident = f"NAM {c.nam(p)}" if p.nam and r.random() < 0.6 else c.mrn()
    lines = [f"Résultats pré-admission pour {name} ({ident}) :"] + [f"  {x}" for x in labs]
    if r.random() < 0.5:
        lines.append(f"Radiographie pulmonaire : {r.choice(['pas de foyer', 'épanchement pleural droit léger'])}.")
    lines.append(r.choice(["Vaccin COVID et influenza à jour.", "En isolement contact jusqu'à nouvel ordre.",
                           "L'admission est confirmée pour lundi."]))
    subj = r.choice(["Dépistages pré-admission CHSLD", f"Bilan pré-admission – {p.surname}",
                     "Résultats SARM/ERV avant transfert"])
    text = join(c.greet(d[0]), "\n".join(lines), c.sig(s[0], role="Infirmière de liaison"))
    return c.spec(s, [d], subj, text, "Pre-admission lab results for CHSLD transfer")


def p_logement(c):
    r = c.rng
    p = c.nam_patient(1940, 2005) if r.random() < 0.5 else c.patient(lo=1940, hi=1995)
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["omh-region.example", "coop-habitation.example", "comite-logement.example"]))
    name = c.pname(p)
    c.t("social_information")
    v = r.randint(0, 2)
    if v == 0:
        body = (f"Je soutiens la demande de logement social (HLM) de {name}. {p.Il()} habite actuellement "
                f"au {c.addr()}, logement déclaré insalubre par la ville (moisissures, absence de chauffage). "
                f"Son état de santé ({r.choice(['MPOC', 'asthme sévère', 'insuffisance cardiaque'])}) est "
                f"directement aggravé par ces conditions.")
        c.t("diagnosis")
    elif v == 1:
        body = (f"{name} a reçu un avis de reprise de logement pour le 1er juillet. {p.Il()} a "
                f"{p.age()} ans, revenu de {r.randint(1100, 1900)} $ par mois, et est présentement hospitalisé{p.e()}. "
                f"Pouvez-vous l'accompagner au Tribunal administratif du logement? Audience le "
                f"{G.fmt_date(c.when(r.randint(10, 30)), 'fr')}.")
    else:
        body = (f"Demande de supplément au loyer pour {name}"
                + (f", NAM {c.nam(p)}" if p.nam else "") +
                f". Personne seule, prestataire de la Solidarité sociale, retour à domicile prévu "
                f"après son hospitalisation. Téléphone : {c.tel()}.")
    subj = r.choice(["Appui à une demande de logement social", f"Logement – {p.surname}",
                     "Avis d'éviction – usager hospitalisé", "Supplément au loyer – demande"])
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "Housing / eviction support letter naming patient")


def p_contribution(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["ramq-contribution.example", "service-canada-sv.example"]))
    name = c.pname(p, r.choice(["full", "upper", "comma"]))
    sin = G.gen_sin(r)
    c.t("ca_sin", "social_information")
    lines = [f"Objet : {r.choice(['exonération de la contribution adulte hébergé', 'demande de Supplément de revenu garanti', 'changement d’adresse – admission en CHSLD'])}",
             f"Usager : {name}", f"NAS : {G.fmt_sin(sin, r.choice(['space', 'dash', 'plain']))}"]
    if p.nam:
        lines.append(f"NAM : {c.nam(p)}")
    if r.random() < 0.5:
        lines.append(f"Naissance : {c.dob(p)}")
    lines.append(r.choice([f"Revenus annuels : PSV + SRG seulement ({r.randint(19, 24)} 500 $). Conjoint demeurant à domicile.",
                           f"Admis{p.e()} au {r.choice(G.CHSLD)} le {G.fmt_date(c.when(-12), 'fr')}. Aucun actif.",
                           "Le fils est mandataire et signera le formulaire."]))
    subj = r.choice(["Contribution adulte hébergé – documents", f"SRG – {p.surname}", "Dossier contribution"])
    text = join(c.greet(d[0]), "\n".join(lines), c.close(), c.sig(s[0], role="Technicienne en travail social"))
    return c.spec(s, [d], subj, text, "Long-term care contribution / pension file with SIN")


def p_subject_only(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.staff()
    c.t("patient_name")
    sub_v = r.randint(0, 3)
    if sub_v == 0:
        subj = f"{p.title_fr()} {p.surname} ({p.given}) – refus CHSLD, retour à domicile impossible"
        c.t("social_information")
    elif sub_v == 1:
        subj = f"TR: {p.surname.upper()} {p.given} – démence + SCPD – orientation RI?"
        c.t("diagnosis")
    elif sub_v == 2:
        subj = f"{p.full} {_nd(p)} {G.fmt_date(p.dob, 'iso')} – NSA depuis {r.randint(5, 50)} j"
        c.t("date_of_birth")
    else:
        subj = f"RE: {p.given[0]}. {p.surname} – itinérance, congé demain sans adresse"
        c.t("social_information")
    if p.nam and r.random() < 0.5:
        subj = subj.replace(p.surname, f"{p.surname} ({G.fmt_nam(p.nam, r.choice(['plain', 'space']))})", 1)
        c.t("ramq_nam")
    body = r.choice(["Voir ci-dessous, on en parle à la réunion.", "Peux-tu me rappeler? Merci",
                     "Pour info.", "Je m'en occupe cet après-midi.", "Discussion au caucus de 10 h 30."])
    text = join(c.greet(d[0]), body, c.sig(s[0], short=True))
    return c.spec(s, [d], subj, text, "Subject-only leak: name with social/clinical detail")


def p_reply_quoted(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.6 else c.patient()
    s = c.staff()
    d = c.staff()
    name = c.pname(p)
    dx = c.dx()[0]
    c.t("diagnosis")
    orig_lines = [c.greet(s[0]),
                  f"Pour la réunion de gestion des lits : {name}" + (f" (NAM {c.nam(p)})" if p.nam and r.random() < 0.5 else "") +
                  f", {dx}. {r.choice(['La fille refuse le CHSLD public.', 'Toujours en attente de la RI.', 'Le mandat n’est pas homologué.'])}",
                  "Peux-tu vérifier où on en est?", d[0].given]
    c.t("social_information")
    quoted = fr_header_block(d, s, c.when(-1), "Gestion des lits – suivi") + "\n\n" + "\n\n".join(orig_lines)
    reply = r.choice(["C'est fait, je te reviens demain.", "Ok. J'ai laissé un message à la famille.",
                      "Vu. On le garde à l'ordre du jour.", "Réglé – admission confirmée pour lundi."])
    if r.random() < 0.5:
        body = join(reply, c.sig(s[0], short=True), "-----Message d'origine-----\n" + quoted)
    else:
        body = join(reply, c.sig(s[0], short=True),
                    f"Le {G.day_fr(c.when(-1))}, {d[0].full} <{d[1]}> a écrit :\n" + quote("\n\n".join(orig_lines)))
    return c.spec(s, [d], "RE: Gestion des lits – suivi", body, "Short reply; the leak is in the quoted message",
                  reply=True)


def p_famille_fwd(c):
    r = c.rng
    p = c.nam_patient() if r.random() < 0.55 else c.patient()
    fam = G.new_patient(r, lo=1955, hi=1990)
    fam_mail = G.personal_email(r, fam)
    s = c.staff()
    d = c.staff()
    rel = r.choice(["ma mère", "mon père", "ma tante", "mon oncle", "ma grand-mère"])
    c.t("patient_name", "social_information")
    msg = (f"Bonjour,\n\nJe vous écris au sujet de {rel}, {p.full}, hospitalisé{p.e()} depuis trois semaines. "
           f"On nous dit qu'on doit choisir un CHSLD d'ici vendredi, mais {p.il()} a toujours dit qu'{p.il()} "
           f"ne voulait pas quitter sa maison. {r.choice(['Avec son Alzheimer, ' + p.il() + ' ne se souvient plus de ce qu’' + p.il() + ' nous dit.', 'Depuis son AVC, ' + p.il() + ' ne parle presque plus.', 'Avec ses chutes et son diabète on ne sait plus quoi faire.'])}\n"
           f"Je travaille de nuit et je ne peux pas m'en occuper à temps plein. Est-ce qu'il existe du soutien "
           f"financier pour une résidence privée?\n\nMerci,\n{fam.full}\n{G.phone(r)}")
    c.t("diagnosis")
    fwd = ("---------- Forwarded message ---------\n" if r.random() < 0.4 else "-----Message d'origine-----\n") + \
        f"De : {fam.full} <{fam_mail}>\nDate : {G.day_fr(c.when(-1))}\nÀ : service social <serv.social@{c.org['dom']}>\n" \
        f"Objet : {r.choice(['Question CHSLD', rel, 'URGENT placement', 'Demande d’information'])}\n\n{msg}"
    intro = r.choice([f"{d[0].given}, c'est ton dossier je crois? La fille a écrit à la boîte générale.",
                      "Transfert pour suivi – message reçu dans la boîte du service social.",
                      "Peux-tu la rappeler? Elle semble très inquiète."])
    text = join(c.greet(d[0]), intro, c.sig(s[0], short=True), fwd)
    return c.spec(s, [d], "TR: " + r.choice(["Question CHSLD", "Message d'une famille", "Demande d’information"]),
                  text, "Family member's e-mail forwarded internally (name, diagnosis, situation)")


def p_handover_body(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    n = r.randint(4, 7)
    rows = []
    for i in range(n):
        p = c.nam_patient() if r.random() < 0.3 else c.patient()
        room = f"{r.randint(4, 7)}{r.randint(10, 40)}"
        name = f"{p.surname.upper()}, {p.given}"
        prob = r.choice(["NSA – attente CHSLD", "TNC + SCPD, RI à explorer", "itinérance, aucune adresse",
                         "retour domicile + SAD (bain, inf.)", "mandat à homologuer", "épuisement conjointe",
                         "URFI acceptée lundi", "refuse hébergement, aptitude à évaluer", "DPJ impliquée (petit-fils)"])
        ident = G.fmt_nam(p.nam, "plain") if p.nam else G.gen_mrn(r, "7")
        dxs = r.choice(["TNC majeur", "AVC", "MPOC", "fx hanche", "IC", "Parkinson", "ROH chronique",
                        "schizophrénie", "délirium", "néo poumon"])
        rows.append((room, name, ident, dxs, prob))
        if p.nam:
            c.t("ramq_nam")
        else:
            c.t("mrn")
    c.t("patient_name", "social_information", "diagnosis")
    header = ("Ch.", "Usager", "NAM/Dossier", "Dx", "Situation")
    from gen_mime import html_table, text_table, text_to_html
    intro = r.choice(["Voici la liste pour la fin de semaine (TS de garde) :",
                      "Liste de passation – service social, unités 4 à 7 :",
                      "Pour la relève de demain, les dossiers actifs :"])
    text = join(c.greet(d[0]), intro, text_table(header, rows), c.close(), c.sig(s[0], short=True))
    html = text_to_html(join(c.greet(d[0]), intro), r, "outlook").replace(
        "</div>\n</body>", html_table(header, rows, r) + "\n<p>" + c.close() + "</p>\n</div>\n</body>")
    return c.spec(s, [d], r.choice(["Passation fin de semaine", "Liste de garde TS", "Relève – dossiers actifs"]),
                  text, "Handover list in body (room, name, NAM/chart, situation)", html=html,
                  body_mode=r.choice(["html", "alt"]))


def p_id_seulement(c):
    """Identified by NAM, chart number or SIN only (no name)."""
    r = c.rng
    s = c.staff()
    d = c.staff() if r.random() < 0.6 else c.ext_staff()
    v = r.randint(0, 4)
    if v == 0:
        mrn = c.mrn()
        lab = r.choice(["ERV positif (écouvillon rectal)", "SARM positif au nez", "C. difficile positif", "influenza A positif"])
        c.t("lab_result")
        body = (f"{mrn} (ch. {r.randint(401, 799)}) : {lab} sur le prélèvement d'hier. Le CHSLD exige un isolement "
                f"et reporte l'admission. Merci d'aviser la famille.")
        subj = r.choice(["Admission CHSLD reportée", "Résultat de dépistage – transfert", "Isolement requis"])
    elif v == 1:
        p = c.nam_patient(1925, 1966)
        body = (f"NAM {c.nam(p)} – la demande d'hébergement a été refusée par le comité d'orientation "
                f"(profil Iso-SMAF {r.randint(3, 6)}, jugé trop autonome). Réorientation vers une RPA à prévoir; la "
                f"personne vit seule et n'a pas les moyens d'une résidence privée.")
        c.t("social_information")
        subj = r.choice(["Décision du comité d'orientation", "Refus MAH", "Réorientation RPA"])
    elif v == 2:
        sin = G.gen_sin(r)
        c.t("ca_sin", "social_information", "diagnosis")
        body = (f"Pour le dossier NAS {G.fmt_sin(sin, r.choice(['space', 'dash', 'plain']))} : les prestations ont été "
                f"suspendues alors que la personne est hospitalisée en psychiatrie (psychose) depuis le "
                f"{G.fmt_date(c.when(-25), 'fr')}. Merci de rétablir le versement.")
        subj = r.choice(["Prestations suspendues – usager hospitalisé", "Dossier de prestations"])
    elif v == 3:
        mrn = c.mrn()
        meds = c.med(2)
        c.t("medication")
        body = (f"{mrn} : au congé, cesser {meds[0].split(' ')[0]} et poursuivre {meds[1]}. Dispill à préparer par la "
                f"pharmacie communautaire avant jeudi.")
        subj = r.choice(["Ajustement au congé", "Profil pharmaco – congé jeudi"])
    else:
        p = c.nam_patient(1925, 1966)
        body = (f"Fiche RSIPA incomplète :\nNAM : {c.nam(p)}\nDDN : {c.dob(p)}\n"
                f"Dx : {c.dx()[0]}\nIl manque l'évaluation psychosociale pour compléter l'OEMC.")
        c.t("diagnosis")
        subj = r.choice(["Fiche RSIPA incomplète", "OEMC à compléter"])
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0]))
    return c.spec(s, [d], subj, text, "Patient identified by NAM, chart number or SIN only, with clinical/social detail")


POS_A = [
    ("id_seulement", p_id_seulement, 5),
    ("chsld_demande", p_chsld_demande, 5),
    ("sad_demande", p_sad_demande, 4),
    ("mandat_protection", p_mandat_protection, 3),
    ("itinerance", p_itinerance, 3),
    ("aide_financiere", p_aide_financiere, 3),
    ("proche_aidant", p_proche_aidant, 3),
    ("utrf_reference", p_utrf, 3),
    ("maltraitance_dpj", p_maltraitance_dpj, 3),
    ("transport_conge", p_transport_conge, 2),
    ("pharmacie_conge", p_pharmacie_conge, 3),
    ("labo_preadmission", p_labo_preadmission, 2),
    ("logement", p_logement, 3),
    ("contribution_nas", p_contribution, 2),
    ("objet_seulement", p_subject_only, 3),
    ("reponse_citee", p_reply_quoted, 3),
    ("famille_transfert", p_famille_fwd, 3),
    ("passation_liste", p_handover_body, 3),
]
