"""Positive messages, French: involuntary admissions, court orders, forensic, police, legal aid."""
from gen_common import d_fr, day_fr, name, title, AGITATION_FR, EXT, DOM
from gen_docs import pdf_bytes, docx_bytes
from gen_tpl import (F, staff, ext_person, disp, sig, quote, outlook_quote, fwd, spec, plus, at, age,
                     holder_person, reply_headers, earlier, fname_part)


def _q(c, lang, who, to, when, subject, blocks):
    if c.chance(0.6):
        return quote(c, lang, who, when, blocks)
    return outlook_quote(c, lang, who, to, when, subject, blocks)


def _pat(c, env, kind="adult", p_holder=0.5):
    if c.chance(p_holder):
        return holder_person(env.holder(kind), "fr", c), True
    return c.patient("fr"), False


def garde_preventive(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.6)
    urg = staff(c, "fr", "psy", unit="urgence psychiatrique")
    asi = staff(c, "fr", "asi", unit="4 Nord (soins aigus)")
    agad = staff(c, "fr", "agad")
    hh = c.randint(0, 23)
    start = at(env, 0, hh, c.randint(0, 59))
    fin = start + __import__("datetime").timedelta(hours=72)
    who = f.nm(p, c.pick(["title_last", "title_full", "full"]))
    motif = f.sx()
    body = ["Bonjour %s," % asi.given,
            "Je vous envoie ce soir %s, %d ans, amené%s par les policiers en vertu de l'article 8 (P-38.001) "
            "pour %s." % (who, age(p, env), "e" if p.sex == "F" else "", motif)]
    if h:
        body.append(f.ident(p, sep="\n"))
    else:
        body.append("DDN : %s\nDossier : %s" % (f.dob(p), f.mrn(p)))
    f.social()  # involuntary hold, police transport
    if c.chance(0.6):
        body.append(c.pick(["Aurait menacé sa conjointe avec un couteau; plainte déposée au poste 12.",
                            "Éviction de son logement la semaine dernière; dort au refuge depuis.",
                            "Voisins ont appelé le 911 : crie et frappe dans les murs depuis 2 jours."]))
    body.append("Garde préventive débutée le %s à %02dh%02d; échéance %s à %02dh%02d. "
                "Il faudra les deux examens psychiatriques avant l'échéance." %
                (d_fr(start.date(), "long"), start.hour, start.minute, day_fr(fin.date()), fin.hour, fin.minute))
    body.append("Impression : %s.\nReçu à l'urgence : %s à %02dh%02d, bon effet, calme depuis." %
                (f.dx(), _agit(c, f), (hh + 1) % 24, c.randint(0, 59)))
    body.append(c.pick(["Merci de prévoir une chambre près du poste.", "Lit 412 confirmé avec la coordination.",
                        "Je laisse une note pour le psychiatre de jour."]))
    body.append(sig(urg, c, "fr"))
    subj = c.pick(["Admission 4 Nord – garde préventive – %s" % name(p, "last_first_plain"),
                   "Transfert urgence → 4N ce soir (garde préventive)",
                   "GP 72 h : %s" % name(p, "title_last", "fr")])
    if "name" not in [k for k, _ in f.checks]:
        pass
    return spec(c, "fr", "garde_preventive", "avis d'admission sous garde préventive",
                (disp(urg, c, "fr"), urg.email), [(disp(asi, c, "fr"), asi.email)], subj, body, env.date,
                cc=[(disp(agad, c, "fr"), agad.email)], f=f)


def _agit(c, f):
    f.add("medication")
    return c.pick(AGITATION_FR)


def requete_garde(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.5)
    psy = staff(c, "fr", "psy")
    av = staff(c, "fr", "av_hop", unit="Direction des affaires juridiques")
    aud = plus(env, c.randint(2, 6))
    lines = ["# Rapport d'examen psychiatrique (garde en établissement)",
             "Art. 27 C.c.Q. / Loi P-38.001"]
    if h:
        lines.append("Identification : " + f.ident(p, sep=" ; "))
    else:
        lines.append("Nom : %s    Date de naissance : %s" % (f.nm(p, "last_first"), f.dob(p, "iso")))
    lines += ["No de dossier : %s" % f.mrn(p, "plain"),
              "Date et heure de l'examen : %s, 10 h 15" % d_fr(env.date.date(), "iso"),
              "# Constats",
              "Patient%s rencontré%s à l'unité 4 Nord. Présente %s. Autocritique nulle, refuse toute médication." %
              ("e" if p.sex == "F" else "", "e" if p.sex == "F" else "", f.sx()),
              "Diagnostic provisoire : %s." % f.dx(),
              "# Dangerosité"]
    f.social()
    lines.append(c.pick(["A tenté de frapper son père lors de l'intervention policière. Possède un accès à une arme de chasse.",
                         "Menaces de mort envers un voisin, documentées dans le rapport de police joint.",
                         "Errance nocturne sur l'autoroute 50, sans domicile depuis son éviction en mars."]))
    lines += ["# Conclusion",
              "L'état mental de la personne représente un danger pour elle-même ou pour autrui. "
              "Je recommande une garde en établissement d'une durée de 30 jours.",
              "%s %s %s, psychiatre – permis 1-%05d" % (psy.title, psy.given, psy.surname, c.randint(10000, 99999))]
    fn = "Rapport_examen_psychiatrique_%s.pdf" % fname_part(name(p, c.pick(["last_first_plain", "full"])))
    att = [{"name": fn, "ctype": "application/pdf", "data": pdf_bytes("Rapport d'examen psychiatrique", lines, compress=c.chance(0.7))}]
    body = ["Bonjour Me %s," % av.surname,
            "Voici mon rapport d'examen (le 2e examen a été fait par Dre %s ce matin, elle vous l'envoie directement)." %
            c.staff("fr").surname,
            "Nous souhaitons déposer la requête pour garde en établissement avant l'expiration de la garde provisoire. "
            "Audience souhaitée %s." % day_fr(aud),
            c.pick(["Le patient a mentionné vouloir contester et demande un avocat de l'aide juridique.",
                    "Sa sœur souhaite témoigner; je vous transmets ses coordonnées séparément.",
                    "Merci de me confirmer l'heure pour que je réserve ma matinée."]),
            sig(psy, c, "fr")]
    subj = c.pick(["Requête garde en établissement – audience %s" % d_fr(aud, "iso"),
                   "Rapport examen psy – requête GE",
                   "GE – %s – rapport 1/2" % name(p, "last_first_plain")])
    return spec(c, "fr", "requete_garde", "rapport d'examen pour requête en garde", (disp(psy, c, "fr"), psy.email),
                [(disp(av, c, "fr"), av.email)], subj, body, env.date, attachments=att, f=f)


def ordonnance_soins(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.35)
    av = staff(c, "fr", "av_hop", unit="Direction des affaires juridiques")
    psy = staff(c, "fr", "psy")
    ts = staff(c, "fr", "ts")
    dur = c.pick(["2 ans", "3 ans", "18 mois"])
    no = "550-17-%06d-25" % c.randint(10000, 999999)
    med = f.med(brand=c.chance(0.5), kind="lai")
    f.social()
    who = f.nm(p, c.pick(["title_full", "full", "last_first"]))
    body = ["Bonjour à tous,",
            "La Cour supérieure a accueilli ce matin notre demande d'autorisation de soins pour %s (dossier %s), "
            "pour une durée de %s." % (who, f.mrn(p), dur),
            "Le jugement autorise notamment :\n"
            "- l'administration d'un antipsychotique (%s, ou alternative équivalente en IM en cas de refus);\n"
            "- les prélèvements sanguins de surveillance (FSC, bilan lipidique, glycémie, ECG);\n"
            "- l'hébergement en ressource intermédiaire à la sortie, avec interdiction de retour au domicile de sa mère." % med,
            "Numéro de cour : %s. Le jugement complet suit en pièce jointe; merci de le verser au dossier." % no,
            sig(av, c, "fr")]
    lines = ["# Cour supérieure – District de Valbrume", "No : %s" % no,
             "Centre hospitalier régional de Valbrume, demandeur c. %s, défendeur%s" % (name(p, "upper"), "e" if p.sex == "F" else ""),
             "# Jugement (autorisation de soins)",
             "[12] La preuve démontre que la défenderesse / le défendeur souffre de %s et refuse catégoriquement les soins." % f.dx(),
             "[15] Le Tribunal autorise le traitement proposé, incluant %s, pour une durée de %s." % (med, dur)]
    if h:
        lines.insert(2, f.ident(p, sep=" ; "))
    att = [{"name": "Jugement_%s.pdf" % no, "ctype": "application/pdf", "data": pdf_bytes("Jugement – autorisation de soins", lines)}]
    subj = c.pick(["Jugement – autorisation de soins accordée", "AS accordée – %s" % name(p, "last_first_plain"),
                   "Ordonnance de traitement : jugement rendu (%s)" % no])
    return spec(c, "fr", "ordonnance_soins", "jugement d'autorisation de soins", (disp(av, c, "fr"), av.email),
                [(disp(psy, c, "fr"), psy.email), (disp(ts, c, "fr"), ts.email)], subj, body, env.date, attachments=att, f=f)


def evaluation_aptitude(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.4)
    gr = ext_person(c, "fr", "greffe", "greffière-audiencière")
    gr_role = "Greffière-audiencière" if gr.sex == "F" else "Greffier-audiencier"
    leg = "psychiatrie.legale@" + DOM
    no = "500-01-%06d-25" % c.randint(100000, 999999)
    ret = plus(env, c.randint(5, 30))
    f.social()
    chefs = c.pick(["voies de fait armées (art. 267 C.cr.) et menaces (art. 264.1)",
                    "harcèlement criminel (art. 264) et bris d'engagement (art. 145)",
                    "introduction par effraction (art. 348) et méfait (art. 430)",
                    "voies de fait sur un agent de la paix (art. 270)"])
    nm_ = f.nm(p, c.pick(["upper", "full", "last_first"]))
    body = ["Bonjour,",
            "Veuillez trouver ci-joint l'ordonnance d'évaluation rendue ce jour par l'honorable juge %s en vertu de "
            "l'article 672.11a) du Code criminel (aptitude à subir son procès)." % c.staff("fr").surname,
            "Accusé%s : %s, né%s le %s — actuellement détenu%s à l'Établissement de détention de Valbrume." %
            ("e" if p.sex == "F" else "", nm_, "e" if p.sex == "F" else "", f.dob(p), "e" if p.sex == "F" else ""),
            "Chefs d'accusation : %s." % chefs,
            "L'avocat de la défense rapporte des propos incohérents à la comparution et un antécédent de %s." % f.dx(),
            "Le rapport doit être déposé au greffe au plus tard le %s; retour devant le tribunal à la salle 3.12, 9 h 30." % d_fr(ret, "long"),
            ("sig", ["%s %s" % (gr.given, gr.surname), gr_role + ", chambre criminelle et pénale",
                     "Palais de justice de Valbrume", "Tél. : 819-555-01%02d" % c.randint(0, 99)])]
    lines = ["# Ordonnance d'évaluation (art. 672.11 a) C.cr.)", "Dossier : %s" % no,
             "Sa Majesté le Roi c. %s" % name(p, "upper"), "Date de naissance : %s" % d_fr(p.dob, "iso"),
             "Il est ordonné que l'accusé soit évalué au Pavillon Lavigne pour une période n'excédant pas 5 jours.",
             "Chefs : %s." % chefs]
    if h:
        lines.append("RAMQ : " + f.nam(p, "space") + " – sexe " + p.sex)
        f.checks.append(("text", d_fr(p.dob, "iso")))
    att = [{"name": "Ordonnance_672-11_%s.pdf" % no, "ctype": "application/pdf", "data": pdf_bytes("Ordonnance d'évaluation", lines, compress=c.chance(0.5))}]
    subj = c.pick(["Ordonnance d'évaluation – aptitude – %s – %s" % (name(p, "upper"), no),
                   "672.11a) – dossier %s" % no, "Évaluation aptitude à subir son procès (%s)" % name(p, "last_first_plain")])
    return spec(c, "fr", "evaluation_aptitude", "ordonnance d'évaluation d'aptitude du greffe",
                (disp(gr, c, "fr"), gr.email), [("Psychiatrie légale", leg)], subj, body, env.date, attachments=att, f=f)


def cetm_rapport(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.4)
    psy = staff(c, "fr", "psy", unit="Pavillon Lavigne – psychiatrie légale")
    cetm = ext_person(c, "fr", "cetm", "agente de greffe")
    no = "CETM-%d-%05d" % (c.randint(2015, 2023), c.randint(100, 99999))
    aud = plus(env, c.randint(7, 40))
    med = f.med(kind=c.pick(["oral", "lai"]))
    f.social()
    f.lab()
    paras = ["# Identification",
             (f.ident(p, sep=" – ") if h else "%s, né%s le %s, dossier %s" %
              (f.nm(p, "full"), "e" if p.sex == "F" else "", f.dob(p, "long"), f.mrn(p))),
             "Verdict de non-responsabilité criminelle pour cause de troubles mentaux prononcé en %d (voies de fait causant des lésions)." % c.randint(2016, 2023),
             "# Évolution depuis la dernière audience",
             "Diagnostic : %s. Stabilité clinique depuis huit mois sous %s." % (f.dx(), med),
             "Dépistages urinaires aléatoires : %s." % c.pick(["tous négatifs (6/6)", "un positif au cannabis en mai, les autres négatifs",
                                                             "négatifs sauf amphétamines le %s" % d_fr(plus(env, -60), "iso")]),
             "Sorties non accompagnées de 4 h respectées sans incident.",
             "# Recommandation",
             c.pick(["Libération conditionnelle avec résidence en ressource supervisée (RI Les Tilleuls), suivi hebdomadaire à la clinique externe.",
                     "Maintien de la détention avec modalités : sorties dans la communauté jusqu'à 24 h avec préavis.",
                     "Libération conditionnelle : domicile chez sa sœur, abstinence, dépistages aléatoires."])]
    fn = "Rapport_CETM_%s_%s.docx" % (fname_part(p.surname), fname_part(p.given))
    att = [{"name": fn, "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "data": docx_bytes("Rapport à la Commission d'examen", paras, author=psy.given + " " + psy.surname)}]
    if c.chance(0.5):
        body = ["Bonjour,", "Vous trouverez ci-joint mon rapport en vue de l'audience du %s (dossier %s)." % (d_fr(aud, "long"), no),
                "Je serai disponible par visioconférence toute la matinée.", sig(psy, c, "fr")]
    else:
        body = ["Bonjour %s %s," % ("Mme" if cetm.sex == "F" else "M.", cetm.surname),
                "Rapport pour l'audience annuelle de %s, dossier %s, ci-joint. L'équipe recommande %s." %
                (f.nm(p, c.pick(["title_last", "full"])), no, c.pick(["une libération conditionnelle", "le maintien de la détention avec modalités"])),
                sig(psy, c, "fr")]
    subj = c.pick(["Rapport CETM – audience du %s" % d_fr(aud, "iso"), "Dossier %s – rapport du psychiatre traitant" % no,
                   "Audience annuelle %s" % no])
    return spec(c, "fr", "cetm_rapport", "rapport au tribunal d'examen", (disp(psy, c, "fr"), psy.email),
                [(disp(cetm, c, "fr"), cetm.email)], subj, body, env.date, attachments=att, f=f)


def aide_juridique(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    av = ext_person(c, "fr", "aide_juridique", "avocate, droit de la santé mentale")
    asi = staff(c, "fr", "asi")
    aud = plus(env, c.randint(1, 4))
    med = f.med(brand=True, dose=False, kind="oral")
    f.social()
    first = [("Bonjour Me %s," % av.surname),
             "Vous pouvez passer à 13 h 30, la salle de rencontre 4N-12 sera libre. Le Dr %s sera sur l'unité jusqu'à 15 h." % c.staff("fr").surname,
             ("sig", ["%s %s, ASI – 4 Nord" % (asi.given, asi.surname)])]
    orig = ["Bonjour,",
            "Je représente %s dans le dossier de garde en établissement qui sera entendu %s." % (f.nm(p, c.pick(["full", "title_full", "last_first"])), day_fr(aud)),
            "%s me dit qu'on a augmenté son %s et qu'%s se sent trop sédationné%s pour témoigner. Est-il possible d'en "
            "parler avec son psychiatre avant l'audience?" % ("Ma cliente" if p.sex == "F" else "Mon client", med,
                                                           "elle" if p.sex == "F" else "il", "e" if p.sex == "F" else ""),
            "%s m'indique aussi être sans logement depuis son éviction; la travailleuse sociale est-elle au courant?" % ("Elle" if p.sex == "F" else "Il"),
            "On peut me joindre au 819-555-01%02d; son cellulaire (%s) ne fonctionne plus." % (c.randint(0, 99), f.contact(p, "phone")),
            sig(av, c, "fr")]
    when = earlier(env.date, c, (1, 20))
    body = first + [_q(c, "fr", av, "%s %s" % (asi.given, asi.surname), when, "Rencontre client", orig)]
    subj = "RE: " + c.pick(["Client hospitalisé – rencontre avant l'audience", "Rencontre client 4 Nord",
                            "Dossier garde – %s" % name(p, "last_first_plain")])
    return spec(c, "fr", "aide_juridique", "réponse à l'avocate d'aide juridique", (disp(asi, c, "fr"), asi.email),
                [(disp(av, c, "fr"), av.email)], subj, body, env.date, f=f, extra_headers=reply_headers(c))


def liaison_police(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.4)
    pol = ext_person(c, "fr", "police", "sergente, agente de liaison en santé mentale")
    ts = staff(c, "fr", "ts", unit="urgence psychiatrique")
    f.social()
    ev = "25-%06d" % c.randint(1000, 999999)
    orig = ["Bonjour,",
            "Lors de l'intervention d'hier soir au %s, %s (DDN %s) a été conduit%s à l'urgence en vertu de l'article 8. "
            "%s avait un couteau de cuisine en sa possession; sa mère a déposé une plainte pour menaces." %
            (f.contact(p, "addr"), f.nm(p, c.pick(["full", "upper", "last_first"])), f.dob(p), "e" if p.sex == "F" else "",
             "Elle" if p.sex == "F" else "Il"),
            "Pourriez-vous nous aviser avant son congé, conformément à l'entente de collaboration? Événement %s." % ev,
            sig(pol, c, "fr")]
    rep = ["Bonjour Sgt %s," % pol.surname,
           "%s sous garde provisoire. %s; le congé n'est pas envisagé avant au moins deux semaines." %
           (("Elle a été admise" if p.sex == "F" else "Il a été admis"), c.pick(["Le tableau est compatible avec : %s" % f.dx(), "Impression diagnostique : %s" % f.dx()])),
           "Nous vous aviserons 48 h avant toute sortie. La mère a été informée du processus de plainte."]
    if h:
        rep.append("Pour votre fiche : " + f.ident(p, sep=", ", name_style="last_first"))
    rep.append(sig(ts, c, "fr"))
    body = rep + [_q(c, "fr", pol, "%s %s" % (ts.given, ts.surname), earlier(env.date, c, (2, 30)), "Demande d'avis avant congé", orig)]
    subj = c.pick(["RE: Suivi intervention %s" % ev, "RE: Demande d'avis avant congé", "RE: %s – intervention art. 8" % name(p, "last_first_plain")])
    return spec(c, "fr", "liaison_police", "échange avec agente de liaison policière", (disp(ts, c, "fr"), ts.email),
                [(disp(pol, c, "fr"), pol.email)], subj, body, env.date, f=f, extra_headers=reply_headers(c))


def transport_cour(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    agad = staff(c, "fr", "agad", unit="Pavillon Lavigne – psychiatrie légale")
    tr = ext_person(c, "fr", "ambulance", "répartition")
    d = plus(env, c.randint(1, 8))
    f.social()
    rows = [["Patient", f.nm(p, "last_first")], ["Date de naissance", f.dob(p, "iso")], ["Dossier", f.mrn(p)],
            ["Départ", "Pavillon Lavigne, chambre L-%d" % c.randint(101, 130)],
            ["Destination", "Palais de justice de Valbrume, salle %s" % c.pick(["2.08", "3.12", "1.04"])],
            ["Heure", "%s, départ 8 h 15" % day_fr(d)],
            ["Statut", c.pick(["détenu – ordonnance d'évaluation 672.11", "NRC – détention, Commission d'examen", "prévenu, garde en établissement"])],
            ["Escorte", "2 agents (risque de fugue)"]]
    body = ["Bonjour,", "Nous avons besoin d'un transport sécurisé pour la comparution suivante :", ("table", ["Champ", "Détail"], rows)]
    if c.chance(0.6):
        body.append("À noter : a reçu %s hier soir pour agitation; peut être somnolent%s." % (_agit(c, f), "e" if p.sex == "F" else ""))
    body.append(sig(agad, c, "fr"))
    subj = c.pick(["Demande de transport – comparution %s" % d_fr(d, "iso"), "Transport sécurisé palais de justice",
                   "Transport %s – %s" % (name(p, "last_init"), d_fr(d, "iso"))])
    return spec(c, "fr", "transport_cour", "demande de transport vers la cour", (disp(agad, c, "fr"), agad.email),
                [("Répartition transport", tr.email)], subj, body, env.date, f=f)


def conge_temporaire(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.3)
    psy = staff(c, "fr", "psy")
    inf = staff(c, "fr", "inf")
    d = plus(env, c.randint(1, 5))
    li = "%s" % c.pick(["0,8", "0,7", "0,9", "1,0"])
    f.lab()
    f.add("medication")
    who = f.nm(p, c.pick(["given", "title_last", "full", "lower"]))
    if "given" in [] or who == p.given:
        who = "%s (%s)" % (who, f.mrn(p, "plain"))
    body = ["Salut %s," % inf.given,
            "J'autorise la sortie de jour de %s %s, de 10 h à 18 h, chez sa sœur au %s." % (who, day_fr(d), f.contact(p, "addr")),
            "Conditions : abstinence alcool/drogues, retour à 18 h au plus tard, prise du lithium 900 mg avant le départ "
            "(lithémie d'hier %s mmol/L, correct). Si retard de plus d'une heure : appeler la sœur puis le poste de police." % li,
            c.pick(["Merci de remettre la feuille de conditions à signer.", "Je l'ai revu%s ce matin, pas d'idées suicidaires." % ("e" if p.sex == "F" else ""),
                    "On réévalue la fin de semaine lundi."])]
    if h:
        body.append("(pour le formulaire : " + f.ident(p, sep=", ") + ")")
    body.append(sig(psy, c, "fr", full=False))
    subj = c.pick(["Sortie de jour – %s" % day_fr(d), "Congé temporaire %s" % day_fr(d), "Sortie %s" % name(p, "last_first_plain")])
    return spec(c, "fr", "conge_temporaire", "autorisation de sortie temporaire", (disp(psy, c, "fr"), psy.email),
                [(disp(inf, c, "fr"), inf.email)], subj, body, env.date, f=f)


def signalement_dpj(c, env):
    f = F(c, "fr")
    kid = holder_person(env.holder("child"), "fr", c)
    mom = c.patient("fr", 24, 45, sex=c.pick("FM"))
    ts = staff(c, "fr", "ts")
    dpj = ext_person(c, "fr", "dpj", "intervenante à la réception")
    f.social()
    body = ["Bonjour,",
            "Je fais suite à mon appel de ce matin à la ligne de signalement.",
            "Parent hospitalisé en psychiatrie depuis le %s : %s, %s." % (d_fr(plus(env, -c.randint(1, 6)), "long"),
                                                                      f.nm(mom, c.pick(["full", "last_first"])), f.dx()),
            "Enfant concerné :\n" + f.ident(kid, sep="\n"),
            "Adresse familiale : %s" % f.contact(kid, "addr"),
            c.pick(["L'enfant est présentement chez une voisine qui ne peut le garder au-delà de ce soir. L'autre parent n'est pas joignable.",
                    "Lors de la crise, le parent a laissé l'enfant seul pendant deux jours; l'école a signalé des absences répétées.",
                    "La grand-mère maternelle accepte de l'héberger temporairement mais demande du soutien."]),
            "Je reste disponible pour l'évaluation; le psychiatre traitant peut être joint au poste 4410.",
            sig(ts, c, "fr")]
    subj = c.pick(["Signalement – suite à l'appel de ce matin", "Signalement DPJ – enfant %s" % name(kid, "full"),
                   "Confidentiel : signalement (parent hospitalisé)"])
    return spec(c, "fr", "signalement_dpj", "signalement à la protection de la jeunesse", (disp(ts, c, "fr"), ts.email),
                [(dpj.org, dpj.email)], subj, body, env.date, f=f)


def avis_fugue(c, env):
    f = F(c, "fr")
    p, h = _pat(c, env, p_holder=0.5)
    asi = staff(c, "fr", "asi")
    pol = ext_person(c, "fr", "police", "agent de liaison")
    f.social()
    hh = c.randint(9, 20)
    rows = [["Nom", f.nm(p, "last_first")], ["DDN", f.dob(p, "iso")],
            ["Statut légal", c.pick(["garde autorisée jusqu'au %s" % d_fr(plus(env, 20), "iso"), "NRC – détention (Commission d'examen)", "garde provisoire"])],
            ["Dernière vue", "%02dh%02d, sortie de 1 h sur le terrain non revenue" % (hh, c.randint(0, 59))],
            ["Description", c.pick(["1,80 m, mince, manteau noir, casquette rouge", "1,65 m, cheveux teints bleus, sac à dos gris", "barbe, chandail des Canadiens, jeans"])],
            ["Lieux possibles", f.contact(p, "addr")],
            ["Risque", "%s; a manqué sa dose de %s de 17 h" % (f.dx(), f.med(dose=False, kind="oral"))]]
    if h:
        rows.insert(2, ["NAM", f.nam(p)])
        rows.insert(3, ["Sexe", p.sex])
    body = ["Bonjour,", "Avis de fugue d'un%s patient%s sous garde. Merci de nous aviser si localisé%s." %
            ("e" if p.sex == "F" else "", "e" if p.sex == "F" else "", "e" if p.sex == "F" else ""),
            ("table", ["", ""], rows), sig(asi, c, "fr")]
    subj = c.pick(["AVIS DE FUGUE – patient sous garde", "Fugue 4 Nord %02dh" % hh, "Absence non autorisée – %s" % name(p, "upper")])
    return spec(c, "fr", "avis_fugue", "avis de fugue à la police", (disp(asi, c, "fr"), asi.email),
                [(disp(pol, c, "fr"), pol.email)], subj, body, env.date, f=f)


TEMPLATES = [garde_preventive, requete_garde, ordonnance_soins, evaluation_aptitude, cetm_rapport, aide_juridique,
             liaison_police, transport_cour, conge_temporaire, signalement_dpj, avis_fugue]
