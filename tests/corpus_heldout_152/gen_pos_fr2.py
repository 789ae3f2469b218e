"""Positive (confidential) messages in French, part 2: day hospital, family
liaison, lists, transport, social files, forms, threads and attachments."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_compose import Mail, inner_message
from gen_pos_fr1 import (clozapine_anc, crisis_followup, e, il, la, lai_missed, lai_roster,
                         lithium_level, p38_garde, pharmacy_rx, referral)


# ---------------------------------------------------------------------------
def dayhosp_admission(c):
    ts = c.team(c.pick(["ts2", "ergo"]))
    psy = c.team(c.pick(["psy3", "psy2"]))
    p = c.patient()
    dx = c.pick(K.DX)
    c.add("diagnosis")
    start = c.in_days(c.rng.randint(3, 8))
    groups = c.rng.sample(["TCD (compétences)", "psychoéducation - humeur", "gestion de l'anxiété",
                           "activation comportementale", "atelier cuisine (ergo)", "pleine conscience"], 3)
    plan = [("p", c.hello()),
            ("p", f"Admission confirmée à l'hôpital de jour pour {c.nm(p, c.pick(['title', 'full', 'sfirst']))} "
                  f"le {G.fmt_date(start, 'fr', True)} à 9 h (programme de 8 semaines, 4 jours/semaine)."),
            c.id_block(p, mrn=True),
            ("p", f"Motif : {dx[0]}; symptômes récents : {c.pick(K.SYMPTOMS_FR)}. Référé{e(p)} par l'équipe de l'urgence après une courte hospitalisation."),
            ("lines", ["Groupes prévus :"] + ["- " + g for g in groups])]
    if c.chance(0.6):
        m = c.rng.sample(K.ORAL, 2)
        c.add("medication")
        plan.append(("p", f"Rx au congé : {m[0][0]}; {m[1][0]}."))
    if c.chance(0.5):
        c.add("social_information")
        plan.append(("p", "Enjeux sociaux : " + K.social("fr", p.age(c.date), c.rng) + "."))
    plan += [("p", c.thanks()), c.sig(ts)]
    subj = c.pick(["Admission HJ - lundi", "Hôpital de jour : nouvelle admission", f"HJ - admission {p.surname}"])
    if p.surname in subj:
        c.add("patient_name")
    return Mail("day_hospital", "day hospital admission confirmation", ts, [psy, c.team("clerk")], subj, plan)


# ---------------------------------------------------------------------------
def family_liaison(c):
    fam = c.team("fam")
    p = c.patient(want_nam=False)
    rel, relname, fe = c.pick([("sa mère", c.pick(["Lucie", "Mireille", "Carole"]), "e"),
                               ("son père", c.pick(["Gérard", "Sylvain", "Roger"]), ""),
                               ("sa conjointe" if p.sex == "M" else "son conjoint", c.pick(["Karine", "Mélissa"]) if p.sex == "M" else c.pick(["Jean-Philippe", "Steve"]), "e" if p.sex == "M" else ""),
                               ("son frère", c.pick(["Claude", "Sylvain", "Éric"]), ""),
                               ("sa sœur", c.pick(["Nathalie", "Josée", "Isabeau"]), "e")])
    c.add("diagnosis")
    c.add("social_information")
    who = c.nm(p, c.pick(["full", "given", "title_surname", "sfirst_plain"]))
    txt = [("p", c.hello(c.team(c.pick(["psy1", "psy3", "ts2"])))),
           ("p", f"J'ai rencontré {rel} ({relname}) hier pour {who}. Le consentement à communiquer avec la famille "
                 f"a été signé le {G.fmt_date(c.date - datetime.timedelta(days=9), 'fr')} (copie au dossier {c.mrn(p)})."),
           ("p", f"La famille comprend mieux le diagnostic de {c.pick(['schizophrénie', 'trouble bipolaire', 'trouble de personnalité limite', 'psychose'])} "
                 f"mais {rel} se dit épuisé{fe}. " + K.cap(K.social("fr", p.age(c.date), c.rng)) + "."),
           ("p", c.pick(["Je les ai inscrits au programme psychoéducatif pour les proches (jeudis 18 h 30).",
                         "Je propose une rencontre familiale avec l'équipe traitante avant le congé.",
                         "Ils demandent s'il y a possibilité d'une ordonnance de traitement, je leur ai expliqué la démarche."])),
           ("p", c.thanks()), c.sig(fam)]
    if c.chance(0.4):
        c.add("medication")
        txt.insert(3, ("p", f"Ils rapportent qu'{il(p)} ne prend plus son {c.pick(['Abilify Maintena', 'Invega', 'lithium', 'Seroquel'])} depuis la fin du mois."))
    subj = c.alt("Rencontre famille", "Liaison famille - suivi", lambda: f"Famille de {c.nm(p, 'title_surname')}", "Proches : rencontre d'hier")
    return Mail("family_liaison", "family liaison note after meeting relatives", fam, [c.team(c.pick(["psy1", "psy3"]))], subj, txt)


# ---------------------------------------------------------------------------
def census(c):
    res = c.team("res")
    n = c.rng.randint(5, 8)
    rows = []
    for i in range(n):
        p = c.patient(want_nam=False)
        room = f"4B-{c.rng.randint(1, 24):02d}"
        dx = c.pick(K.DX)
        status = c.pick(["garde en établissement j7/21", "volontaire", "garde provisoire, 2e examen demain",
                         "AJS déposée", "congé prévu vendredi", "isolement levé ce matin", "CSAN : FSC lundi"])
        rows.append([room, c.nm(p, c.pick(["sfirst", "sfirst_plain", "upper_all"])), dx[2] + " " + dx[0].split(",")[0], status])
    c.add("diagnosis")
    body = [("p", c.pick(["Relève de fin de semaine, unité 4B.", "Liste pour la tournée de ce matin.",
                          "Voici le recensement à jour (lits psy)."])),
            ("table", ["Ch.", "Patient", "Dx", "Statut"], rows),
            ("p", c.pick(["À surveiller : la chambre 12 a refusé ses médicaments hier soir.",
                          "Pas d'admission cette nuit. Deux consultations en attente à l'urgence.",
                          "Merci de valider les congés avant midi."])),
            ("lines", [res.given])]
    subj = c.pick(["Relève 4B", "Census psy - samedi", "Liste patients 4B", "Tournée unité 4B"])
    return Mail("census", "inpatient psychiatry census list", res, [c.team("psy1"), c.team("psy2"), c.team("psy4")], subj, body)


# ---------------------------------------------------------------------------
def transport_request(c):
    clerk = c.team("clerk")
    taxi = ("Répartition - Taxi Outardes (transport adapté)", "repartition@" + G.EXT_DOMAINS["taxi"])
    p = c.patient()
    day = c.in_days(c.rng.randint(1, 5))
    lai = c.pick(K.LAI)
    c.add("medication")
    body = [("p", "Bonjour,"),
            ("p", f"Demande de transport pour le {G.fmt_date(day, 'fr', True)} (aller-retour), clinique d'injection "
                  f"du {G.CSM}, rendez-vous à {G.fmt_time(c.rng, 'fr')}."),
            c.id_block(p, mrn=False, addr=True, tel=True, style=c.pick(["kv", "table"])),
            ("p", f"Motif : injection {'d’' if lai[0][0] in 'AEIOU' else 'de '}{lai[0]} {c.pick(lai[3])}. {la(p).capitalize()} ne conduit pas et "
                  f"{c.pick(['a besoin d’aide pour descendre l’escalier', 'doit être accompagné(e) jusqu’à la porte', 'peut être désorganisé(e) si le chauffeur est en retard'])}."),
            ("p", "Facturation au centre de coût 7420 (santé mentale adulte)."), c.sig(clerk)]
    if c.chance(0.4):
        c.add("social_information")
        body.insert(4, ("p", "Prestataire de la solidarité sociale, aucun moyen de payer le transport en commun."))
    subj = c.pick(["Demande de transport adapté", "Transport - clinique d'injection", "Réservation taxi patient"])
    return Mail("transport_request", "transport booking for injection appointment", clerk, [taxi], subj, body)


# ---------------------------------------------------------------------------
def dpj(c):
    ts = c.team(c.pick(["ts1", "ts2"]))
    dpjw = G.random_staff(c.rng, "", "intervenante, Direction de la protection de la jeunesse", "", G.DOM)
    p = c.patient(want_nam=False, sex="F", y0=1985, y1=2002)
    kids = [(c.pick(["Liam", "Noah", "Jade", "Zoé", "Léo", "Florence", "Thomas", "Emma"]), c.rng.randint(2, 11)) for _ in range(2)]
    c.add("social_information")
    c.add("diagnosis")
    txt = [("p", c.hello(dpjw)),
           ("p", f"Suite à notre appel, je vous confirme que Mme {p.name} ({c.dob(p)}) est suivie par notre équipe. "
                 f"Elle a été évaluée par l'EMIC le {G.fmt_date(c.date - datetime.timedelta(days=4), 'fr')} pour une "
                 f"décompensation {c.pick(['psychotique', 'dépressive avec idées suicidaires', 'maniaque'])}."),
           ("p", f"Les enfants ({kids[0][0]}, {kids[0][1]} ans et {kids[1][0]}, {kids[1][1]} ans) sont hébergés "
                 f"temporairement chez leur grand-mère maternelle. Le dossier DPJ {c.rng.randint(10, 99)}-{c.rng.randint(100000, 999999)} "
                 f"est ouvert depuis le signalement de l'école."),
           ("p", "Madame a signé l'autorisation de communiquer (art. 19 LSSSS). Je peux participer à la rencontre "
                 "de révision, idéalement après 13 h."),
           c.sig(ts)]
    c.meta["names"].append(p.name)
    c.add("patient_name")
    subj = c.pick(["Collaboration DPJ", "Signalement - suivi santé mentale de la mère", "Rencontre de révision DPJ"])
    return Mail("youth_protection", "coordination with youth protection about a patient's children", ts, [dpjw], subj, txt)


# ---------------------------------------------------------------------------
def housing(c):
    ts = c.team(c.pick(["ts1", "ts2"]))
    omh = ("Office municipal d'habitation - demandes", "demandes@" + G.EXT_DOMAINS["omh"])
    p = c.patient()
    c.add("social_information")
    c.add("diagnosis")
    items = [("kv", c.id_kv(p, mrn=False, addr=True, tel=c.chance(0.5), fw_ok=False)),
             ("h", "Situation"),
             ("p", K.cap(K.social("fr", p.age(c.date), c.rng)) + ". Revenu : programme de solidarité sociale."),
             ("h", "Attestation de l'équipe traitante"),
             ("p", f"Suivi{e(p)} en psychiatrie externe pour {c.pick([d[0] for d in K.DX])}, état stabilisé. "
                   "Un logement social avec soutien communautaire est recommandé.")]
    kind = c.pick(["pdf", "docx"])
    fn = c.pick([f"Attestation_logement.{kind}", f"Demande_HLM_{p.surname}_{p.given}.{kind}", f"attestation équipe traitante.{kind}"])
    if p.surname in fn:
        c.add("patient_name")
    data = A.make_pdf("Demande de logement subventionné — attestation", items, author=ts.name) if kind == "pdf" \
        else A.make_docx("Demande de logement subventionné — attestation", items, author=ts.name)
    c.attach(kind, fn, data)
    body = [("p", "Bonjour,"),
            ("p", "Veuillez trouver ci-jointe l'attestation de l'équipe traitante pour la demande de logement "
                  "à prix modique déposée le mois dernier. N'hésitez pas à me joindre pour toute information."),
            c.sig(ts)]
    subj = c.pick(["Demande de logement - attestation", "Dossier HLM - pièce manquante", "Attestation pour demande de logement social"])
    return Mail("housing", "housing application attestation for a patient", ts, [omh], subj, body)


# ---------------------------------------------------------------------------
def cle_form(c):
    psy = c.team(c.pick(["psy1", "psy2", "psy4"]))
    cle = ("Centre local d'emploi - contraintes sévères", "contraintes@" + G.EXT_DOMAINS["cle"])
    p = c.patient(y0=1962, y1=2005)
    dx = c.pick(K.DX)
    c.add("diagnosis")
    c.add("social_information")
    kv = c.id_kv(p, mrn=False, fw_ok=False)
    kv.insert(3, ("NAS", c.sin(p, fw_ok=False)))
    items = [("kv", kv), ("h", "Rapport médical — contraintes sévères à l'emploi"),
             ("p", f"Diagnostic principal : {dx[0]} ({dx[2]}). Évolution : chronique, plus de 5 ans."),
             ("p", "Limitations : incapacité à maintenir un horaire régulier, tolérance au stress très faible, "
                   "épisodes de décompensation malgré le traitement."),
             ("p", "Durée prévisible : permanente."),
             ("small", f"{psy.titled()}, psychiatre")]
    c.attach("pdf", c.pick(["SR-2100_rapport_medical.pdf", "rapport médical contraintes sévères.pdf"]),
             A.make_pdf("Rapport médical (contraintes sévères)", items, author=psy.name, compress=c.chance(0.5)))
    body = [("p", "Bonjour,"),
            ("p", f"Tel que demandé par {c.nm(p, c.pick(['title', 'full']))}, voici le rapport médical complété "
                  f"pour sa demande au programme de solidarité sociale."),
            ("p", "Merci,"), c.sig(psy)]
    return Mail("income_support_form", "medical report for income support program", psy, [cle],
                c.pick(["Rapport médical - contraintes sévères", "Solidarité sociale : rapport médical", "Formulaire CLE complété"]), body)


# ---------------------------------------------------------------------------
def insurer(c):
    psy = c.team(c.pick(["psy3", "psy1", "psy2"]))
    ins = ("Règlement invalidité - Assurances Boréal", "invalidite@" + G.EXT_DOMAINS["insurer"])
    p = c.patient(y0=1965, y1=1998)
    dx = c.pick([K.DX[i] for i in (3, 4, 6, 9, 11)])
    c.add("diagnosis")
    c.add("medication")
    claim = f"{c.rng.randint(100, 999)}-{c.rng.randint(10000, 99999)}"
    rows = [["Nom de l'assuré(e)", c.nm(p, "full")], ["Date de naissance", c.dob(p)], ["Sexe", p.sex]]
    if p.nam:
        rows.append(["NAM", c.nam(p)])
    rows += [["NAS", c.sin(p)], ["N° de réclamation", claim],
             ["Diagnostic (CIM-10)", f"{dx[2]} — {dx[0]}"],
             ["Traitement", "; ".join(m[0] for m in c.rng.sample(K.ORAL, 2)) + "; psychothérapie hebdomadaire"],
             ["Retour au travail prévu", c.pick(["progressif dans 8 semaines", "indéterminé", "non prévu avant réévaluation"])]]
    body = [("p", "Bonjour,"),
            ("p", f"Voici les renseignements demandés (déclaration du médecin traitant) pour le dossier {claim}."),
            ("table", None, rows),
            ("p", "Le formulaire signé suit par la poste."), c.sig(psy)]
    return Mail("insurer_form", "attending physician statement for disability insurer", psy, [ins],
                c.pick([f"Réclamation {claim} - déclaration du médecin", "Assurance invalidité - renseignements médicaux"]), body)


# ---------------------------------------------------------------------------
def reply_quoted(c):
    a = c.team(c.pick(["psy1", "psy2", "psy3"]))
    b = c.team(c.pick(["inf2", "ts1", "inf1", "clerk"]))
    p = c.patient(want_nam=False)
    when = c.earlier(c.rng.randint(0, 2))
    c.add("diagnosis")
    qsubj = c.pick(["Question patient", "Besoin d'un avis", "Urgent - retour d'appel"])
    q = [("p", c.hello(a)),
         ("p", f"{c.nm(p, c.pick(['title', 'full', 'sfirst']))} ({c.mrn(p)}) a rappelé la ligne de crise deux fois cette nuit. "
               f"{il(p).capitalize()} rapporte {c.pick(K.SYMPTOMS_FR)}."),
         ("p", c.pick(["Est-ce qu'on devance son rendez-vous de jeudi?", "Voulez-vous qu'on l'envoie à l'urgence?",
                       "Sa sœur demande si elle peut venir au rendez-vous."])),
         ("lines", [b.given])]
    if c.chance(0.5):
        c.add("medication")
        q.insert(2, ("p", f"Dernière injection ({c.pick(['Haldol LA 100 mg', 'Abilify Maintena 400 mg', 'Invega Sustenna 150 mg'])}) il y a 5 semaines."))
    style = c.pick([">", "outlook"])
    reply = [("p", c.pick(["Oui, devance au mardi 10 h. Je l'appelle moi-même cet après-midi.",
                           "D'accord pour l'urgence si les idées persistent ce soir. Merci de m'aviser.",
                           "Ok pour la sœur. On ajuste la dose à la prochaine visite."])),
             ("lines", [a.given if c.chance(0.5) else a.titled()]),
             ("quote", style, c.quote_head(b.name, b.addr, when, style, a.name, qsubj), q)]
    c.reply = c.msgid("orig")
    return Mail("reply_quoted", "reply to a colleague, patient details in the quoted message", a, [b],
                ("RE: " if style == "outlook" else "Re: ") + qsubj, reply)


# ---------------------------------------------------------------------------
def forward_police(c):
    coord = c.team("coord")
    pol = c.team("police")
    p = c.patient(want_nam=False)
    when = c.earlier(1)
    c.add("diagnosis")
    orig = [("p", "Bonjour l'équipe,"),
            ("p", f"Pour information : intervention cette nuit au {c.addr(p)} pour {c.nm(p, 'upper')} "
                  f"({c.dob(p)}), appel du voisin pour cris et objets lancés par la fenêtre."),
            ("p", f"{il(p).capitalize()} tenait des propos {c.pick(['délirants (se dit surveillé par des caméras)', 'suicidaires', 'incohérents'])}. "
                  "Transport à l'urgence de l'HSA en vertu de l'article 8 (P-38.001). Rapport d'événement 25-"
                  f"{c.rng.randint(10000, 99999)}."),
            ("lines", [pol.name, pol.role_fr, "SPVDO"])]
    if c.chance(0.5):
        c.add("social_information")
        orig.insert(3, ("p", "Troisième appel ce mois-ci à cette adresse; le propriétaire a entamé une procédure d'éviction."))
    style = "fwd"
    txt = [("p", c.pick(["Pour suivi par l'équipe demain matin.", "FYI, à discuter à la réunion clinique.",
                         "Isabelle, peux-tu faire la relance post-urgence?"])),
           ("lines", [coord.given])]
    if c.chance(0.5):
        raw = inner_message(c, pol, [("EMIC", "emic@" + G.DOM)], "Intervention nuit", orig, when)
        c.attach_eml(raw, c.pick(["Intervention nuit.eml", "intervention_SPVDO.eml", None]))
    else:
        txt.append(("quote", style, c.quote_head(pol.name, pol.addr, when, style, "emic@" + G.DOM, "Intervention nuit"), orig))
    return Mail("forward_police", "forwarded police liaison note about a crisis intervention", coord,
                [c.team("ts1"), c.team("inf2")], "TR: Intervention nuit", txt)


# ---------------------------------------------------------------------------
def ics_family_meeting(c):
    fam = c.team("fam")
    psy = c.team(c.pick(["psy1", "psy3"]))
    p = c.patient(want_nam=False)
    day = c.in_days(c.rng.randint(2, 8))
    start = datetime.datetime(day.year, day.month, day.day, c.pick([10, 13, 14, 15]), 0)
    end = start + datetime.timedelta(hours=1)
    c.add("diagnosis")
    summ = f"Rencontre familiale - {c.nm(p, c.pick(['full', 'sfirst_plain', 'title']))}"
    desc = (f"Rencontre avec la famille (mère et frère) avant le congé. Dossier {c.mrn(p, fw_ok=False)}. "
            f"Sujets : plan de crise, adhésion au traitement ({c.pick(['schizophrénie', 'trouble bipolaire', 'premier épisode psychotique'])}), "
            "hébergement après le congé.")
    c.add("social_information")
    ics = A.make_ics(f"{c.rng.getrandbits(48):012x}@{G.DOM}", start, end, summ, "Salle 2.14, pavillon Fleury",
                     desc, (fam.name, fam.addr), [(psy.name, psy.addr), (c.team("ts2").name, c.team("ts2").addr)],
                     datetime.datetime(c.dt.year, c.dt.month, c.dt.day, 12, 0, 0))
    c.attach("ics", "invite.ics", ics)
    body = [("p", "Bonjour,"), ("p", "Invitation pour la rencontre familiale discutée en équipe. Merci de confirmer."),
            c.sig(fam)]
    return Mail("calendar_invite", "calendar invitation for a family meeting about a patient", fam, [psy, c.team("ts2")],
                c.pick(["Invitation : rencontre familiale", "Rencontre famille - " + G.fmt_date(day, "fr")]), body)


# ---------------------------------------------------------------------------
def vcard_contact(c):
    ts = c.team("ts1")
    p = c.patient(want_nam=False)
    c.add("diagnosis")
    vc = A.make_vcard(p.given, p.surname, tel_home=c.tel(p), adr=c.addr(p),
                      note="Patient EMIC - visite à domicile; chien dans la cour; idées suicidaires récentes")
    c.add("patient_name")
    c.meta["names"].append(p.name)
    c.attach("vcf", f"{p.given} {p.surname}.vcf", vc)
    body = [("p", "Salut Éric,"),
            ("p", "Voici la fiche contact pour la visite de 14 h. Appelle avant d'arriver, il n'ouvre pas si le numéro est inconnu."),
            ("lines", ["Isabelle"])]
    return Mail("contact_card", "patient contact card for a crisis team home visit", ts, [c.team("inf2")],
                "Fiche contact - visite 14 h", body)


# ---------------------------------------------------------------------------
def zip_bundle(c):
    clerk = c.team("clerk")
    dest = ("Archives - Centre hospitalier spécialisé", "archives@" + G.EXT_DOMAINS["crisis"])
    p = c.patient()
    c.add("diagnosis")
    c.add("medication")
    summ = [("kv", c.id_kv(p, mrn=True, fw_ok=False)), ("h", "Résumé de dossier"),
            ("p", f"Diagnostic : {c.pick(K.DX)[0]}. Hospitalisations : 2021, 2023."),
            ("p", "Médication : " + "; ".join(m[0] for m in c.rng.sample(K.ORAL, 2)))]
    members = [("resume_dossier.pdf", A.make_pdf("Résumé de dossier", summ, compress=True)),
               ("consentement_signe.pdf", A.make_pdf("Autorisation de communiquer des renseignements",
                                                     [("p", f"Je soussigné(e), {p.name}, autorise le {G.ORG_FR} à transmettre mon dossier."),
                                                      ("p", "Signature : (signée)")])),
               ("liste_medicaments.csv", A.make_csv(["Médicament", "Posologie", "Début"],
                                                    [[m[0].split(' ')[0], m[0], "2024-0%d" % c.rng.randint(1, 9)] for m in c.rng.sample(K.ORAL, 3)]).encode("utf-8"))]
    c.attach("zipmembers", c.pick(["transfert_dossier.zip", f"dossier_{p.mrn}.zip"]), members)
    body = [("p", "Bonjour,"),
            ("p", "Tel que convenu, voici les documents pour le transfert de dossier (archive jointe). Le mot de passe suit par téléphone."),
            c.sig(clerk)]
    return Mail("record_transfer", "record transfer bundle (zip) for a patient", clerk, [dest], "Transfert de dossier", body)


# ---------------------------------------------------------------------------
def signout(c):
    psy = c.team(c.pick(["psy4", "psy2", "res"]))
    nxt = c.team(c.pick(["psy1", "psy3"]))
    n = c.rng.randint(3, 5)
    lines = []
    c.add("diagnosis")
    civs = c.rng.sample(range(1, 19), n)
    for i in range(n):
        p = c.patient(want_nam=False)
        s = c.pick(K.SYMPTOMS_FR)
        pend = c.pick(["réévaluer à 8 h", "attendre dépistage urinaire", "garde préventive depuis 22 h", "famille rappelle ce matin",
                       "cs médecine pour CK élevé", "congé possible si calme"])
        if "CK" in pend:
            c.add("lab_result")
        lines.append(f"- Civ. {civs[i]} : {c.nm(p, c.pick(['sfirst', 'full', 'lower', 'initial']))}, "
                     f"{p.age(c.date)} ans, {s}; {pend}")
    if c.chance(0.5):
        c.add("lab_result")
        lines.append(f"- Labo : {c.pick(K.LABS_FR)} pour la civière {civs[-1]}, à recontrôler.")
    body = [("p", f"Relève de garde psychiatrie — urgence HSA, {G.fmt_date(c.date, 'fr', True)}"), ("lines", lines),
            ("p", c.pick(["Bonne garde!", "Rien d'autre à signaler.", "Appelle-moi si question, je suis joignable jusqu'à 9 h."])),
            ("lines", [psy.given])]
    return Mail("signout", "psychiatry on-call sign-out list from emergency", psy, [nxt],
                c.pick(["Relève garde", "Relève urgence psy", "Sign-out garde"]), body)


# ---------------------------------------------------------------------------
def belgian(c):
    psy = c.team(c.pick(["psy1", "psy3"]))
    be = G.random_staff(c.rng, "Dr", "psychiatre, Clinique universitaire Saint-Rombaut", "", G.EXT_DOMAINS["belgium"])
    p = c.patient(want_nam=False, y0=1990, y1=2004)
    c.add("diagnosis")
    c.add("medication")
    txt = [("p", f"Cher Confrère,"),
           ("p", f"Nous avons pris en charge {c.nm(p, 'title')}, née le {c.dob(p)}" if p.sex == "F" else
                 f"Nous avons pris en charge {c.nm(p, 'title')}, né le {c.dob(p)}"),
           ("p", f"Numéro de registre national : {c.niss(p)}. Étudiant{e(p)} en échange à l'Université boréale, "
                 f"{il(p)} a été amené{e(p)} à l'urgence pour un {c.pick(['premier épisode psychotique', 'épisode maniaque avec symptômes psychotiques'])}."),
           ("p", f"Traitement instauré : {c.pick(['olanzapine 10 mg HS', 'rispéridone 2 mg HS', 'quétiapine 200 mg HS'])}. "
                 "Rapatriement prévu le 14; nous souhaitons assurer la continuité des soins dans votre service."),
           ("p", "Bien confraternellement,"), c.sig(psy)]
    return Mail("transfer_abroad", "continuity of care letter to a Belgian psychiatrist", psy, [be],
                "Continuité des soins - patient rapatrié en Belgique", txt)


def french_nir(c):
    ts = c.team(c.pick(["ts2", "ts1"]))
    fr = G.random_staff(c.rng, "", "assistante sociale, CH des Tilleuls", "", G.EXT_DOMAINS["france"])
    p = c.patient(want_nam=False, y0=1988, y1=2002)
    c.add("diagnosis")
    c.add("social_information")
    kv = [("Nom", c.nm(p, "sfirst")), ("Né(e) le", c.dob(p)), ("N° de sécurité sociale", c.nir(p)),
          ("Motif", f"hospitalisation en psychiatrie ({c.pick(['dépression majeure', 'décompensation psychotique', 'crise suicidaire'])})"),
          ("Situation", "PVT expiré, sans couverture RAMQ, dettes d'hospitalisation")]
    txt = [("p", "Madame,"),
           ("p", "Comme convenu avec le consulat, voici les renseignements pour la prise en charge au retour en France :"),
           ("table", None, [[k, v] for k, v in kv]),
           ("p", "Je reste disponible pour toute question."), c.sig(ts)]
    return Mail("transfer_abroad", "social work coordination for a French patient's return", ts, [fr],
                "Retour en France - prise en charge", txt)


# ---------------------------------------------------------------------------
def filename_only(c):
    ergo = c.team("ergo")
    psy = c.team(c.pick(["psy3", "psy2"]))
    p = c.patient(want_nam=False)
    c.add("patient_name")
    c.add("diagnosis")
    c.meta["names"].append(p.surname)
    items = [("h", "Évaluation fonctionnelle — hôpital de jour"),
             ("p", "Observations : difficultés d'organisation, initiative réduite, fatigue marquée en après-midi; "
                   "anxiété sociale importante en groupe. Symptômes négatifs persistants."),
             ("p", "Recommandations : retour progressif aux études (1 cours), suivi en ergothérapie 1 x/sem.")]
    fn = c.pick([f"Eval_ergo_{p.surname.upper()}_{p.given}.docx", f"{p.surname}, {p.given} - évaluation HJ.docx"])
    c.attach("docx", fn, A.make_docx("Évaluation en ergothérapie", items, author=ergo.name))
    body = [("p", c.hello(psy)), ("p", "Voici mon évaluation pour la rencontre d'équipe de jeudi."), ("lines", [ergo.given])]
    return Mail("day_hospital", "OT assessment attached, patient named only in the file name", ergo, [psy], "Éval ergo", body)


# ---------------------------------------------------------------------------
def ajs(c):
    psy = c.team(c.pick(["psy2", "psy4"]))
    legal = ("Me Dagenais - affaires juridiques", "affaires.juridiques@" + G.DOM)
    p = c.patient()
    lai = c.pick(K.LAI)
    c.add("diagnosis")
    c.add("medication")
    hist = [["2021-03", "Hospitalisation 32 jours, garde en établissement"],
            ["2022-11", "Arrêt du traitement, rechute, 2e hospitalisation"],
            ["2024-06", "Refus de l'injection, menaces envers la famille"]]
    body = [("p", "Maître,"),
            ("p", "Nous souhaitons déposer une requête en autorisation de soins (hébergement et traitement) pour :"),
            c.id_block(p, mrn=True),
            ("p", f"Diagnostic : {c.pick([K.DX[i][0] for i in K.PSYCHOTIC])}. Inaptitude à consentir évaluée à deux reprises. "
                  f"Traitement visé : {K.lai_line(lai, lai[3][0], 'fr')}, prise de sang et hébergement en RI pour 3 ans."),
            ("table", ["Date", "Événement"], hist),
            ("p", "Je suis disponible pour témoigner les mardis."), c.sig(psy)]
    return Mail("court_authorization", "request for a court authorisation of care", psy, [legal],
                "Requête en autorisation de soins", body)


# ---------------------------------------------------------------------------
def pedopsy_referral(c):
    src = G.random_staff(c.rng, "", "psychologue scolaire, Centre de services scolaire Laurier", "", G.EXT_DOMAINS["school"])
    desk = ("Accueil pédopsychiatrie", "pedopsy.accueil@" + G.DOM)
    p = c.patient(y0=2007, y1=2019)
    age = p.age(c.date)
    c.add("diagnosis")
    if age >= 12:
        motif = c.pick(["automutilation répétée (avant-bras) et idées suicidaires exprimées à une amie",
                        "refus scolaire complet depuis novembre, attaques de panique quotidiennes",
                        "restriction alimentaire importante, perte de poids de 6 kg en deux mois"])
    else:
        motif = c.pick(["crises de colère intenses avec gestes dangereux envers sa sœur",
                        "anxiété de séparation sévère, refus d'aller à l'école",
                        "comportements impulsifs et agressifs en classe, TDAH suspecté"])
    parent = c.pick(["mère", "père"])
    pname = c.pick(["Karine", "Mélanie", "Julie"]) if parent == "mère" else c.pick(["Steve", "Jonathan", "Patrick"])
    body = [("p", "Bonjour,"),
            ("p", f"Je vous réfère {'une élève' if p.sex == 'F' else 'un élève'} de {age} ans pour évaluation en pédopsychiatrie."),
            c.id_block(p, mrn=False, style=c.pick(["kv", "table"])),
            ("p", f"Motif : {motif}. Observations en classe depuis l'automne, plan d'intervention en place."),
            ("p", f"Parent : {pname} ({parent}), joignable au {c.tel(p)}. Les parents sont séparés (garde partagée)."),
            ("p", "Le consentement du parent à la transmission de ces renseignements est joint au dossier scolaire."),
            c.sig(src)]
    c.add("social_information")
    if c.chance(0.4):
        c.add("medication")
        body.insert(4, ("p", f"Médication actuelle prescrite par le médecin de famille : {c.pick(['méthylphénidate (Biphentin) 20 mg le matin', 'fluoxétine 10 mg DIE', 'guanfacine XR 2 mg'])}."))
    return Mail("child_referral", "school psychologist referral to child psychiatry", src, [desk],
                c.pick(["Demande de consultation - pédopsychiatrie", "Référence pédopsy", "Élève à référer en pédopsychiatrie"]), body)


POS_FR = [
    (referral, 3), (crisis_followup, 4), (pedopsy_referral, 2), (p38_garde, 3), (lai_roster, 3), (lai_missed, 2),
    (pharmacy_rx, 3), (clozapine_anc, 2), (lithium_level, 3), (dayhosp_admission, 3),
    (family_liaison, 3), (census, 2), (transport_request, 2), (dpj, 2), (housing, 2),
    (cle_form, 2), (insurer, 2), (reply_quoted, 3), (forward_police, 2), (ics_family_meeting, 2),
    (vcard_contact, 1), (zip_bundle, 1), (signout, 2), (belgian, 2), (french_nir, 2),
    (filename_only, 1), (ajs, 1),
]
