"""Positive (confidential) templates, French (part 1: clinical unit mail)."""
import datetime

import gen_attach as A
from gen_common import (DOM, DOM_CISSS, DOM_FAMILY, DOM_HOSP, DOM_PHARM, DX_FR, MEDS, fmt_date,
                        name_variant, short_day)
from gen_helpers import (addr, fwd_hdr, greet, group, intro_line, mk, nam_block, outlook_hdr, quote,
                         sig, thanks)

L = "fr"


def _hhmm(ctx, night=False):
    h = ctx.pick([22, 23, 0, 1, 2, 3, 4, 5]) if night else ctx.num(0, 23)
    return "%02dh%02d" % (h, ctx.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def admission_ch(ctx):
    """Transfer from hospital to the CHSLD, NAM holder, optional PDF summary."""
    p = ctx.nam_holder()
    liaison = ctx.staff()
    adm = ctx.staff("F")
    d = ctx.date()
    lines, name, dob, nam = nam_block(ctx, p, L)
    chart = ctx.mrn(ctx.pick(["H", "plain", "dash"]))
    dx = ctx.rng.sample(DX_FR, 3)
    meds = ctx.rng.sample(MEDS, 4)
    soc = ctx.chance(0.5)
    social = ctx.pick(["Vivait %s en logement au 2e étage sans ascenseur; fils unique en Alberta." % ("seule" if p.sex == "F" else "seul"),
                       "Conjoint décédé en 2023, épuisement de la proche aidante (fille).",
                       "Bénéficiaire de l'aide sociale avant l'hospitalisation; curatelle publique en cours."])
    unit = ctx.pick(["2e Est", "3e Nord", "1er Ouest", "UP"])
    tdate = d + datetime.timedelta(days=ctx.num(1, 4))
    info = lines + ["No dossier CH : " + chart,
                    "Diagnostics : " + "; ".join(dx),
                    "Allergies : " + ctx.pick(["sulfa", "pénicilline (rash)", "aucune connue", "codéine"]),
                    "Médication au départ : " + ", ".join(meds),
                    "Niveau de soins : " + ctx.pick(["B", "C", "C", "D"])]
    if soc:
        info.append("Situation sociale : " + social)
    home = ctx.chance(0.4)
    if home:
        info.append("Adresse avant l'hospitalisation : %d, %s, %s – tél. domicile %s" % (
            ctx.num(10, 990), ctx.pick(["rue Principale", "rue des Érables", "avenue du Parc", "rang Saint-Joseph"]),
            ctx.pick(["Saint-Aurèle", "Lac-Dorval", "Sainte-Hermine"]), ctx.phone("450")))
    in_pdf = ctx.chance(0.55)
    types = ["patient_name", "date_of_birth", "ramq_nam", "mrn", "diagnosis", "medication"]
    if soc:
        types.append("social_information")
    if home:
        types.append("patient_contact")
    subj = ctx.pick(["Transfert CH -> CHSLD %s le %s" % (unit, short_day(tdate, L)),
                     "Admission %s – %s" % (p.sur.upper(), short_day(tdate, L)),
                     "MAH : place acceptée, départ prévu %s" % short_day(tdate, L)])
    body = [greet(ctx, L),
            "Suite à l'acceptation par le mécanisme d'accès à l'hébergement, le transfert vers votre unité %s "
            "est prévu le %s vers %s (ambulance, civière)." % (unit, fmt_date(ctx, tdate.date(), L, "long"),
                                                              ctx.pick(["10h", "13h30", "14h"]))]
    atts = []
    if in_pdf:
        fn = ctx.pick(["Resume_transfert_%s.pdf" % p.sur.upper(), "résumé de départ - %s %s.pdf" % (p.sur, p.giv),
                       "transfert_%s.pdf" % tdate.strftime("%Y%m%d")])
        atts.append(A.pdf(fn, "Résumé de transfert interétablissement", info +
                          ["", "Infirmière de liaison : " + liaison.full], author="Hôpital du Sud"))
        body.append("Vous trouverez le résumé de transfert en pièce jointe (identification, diagnostics, médication).")
        if ctx.chance(0.5):
            body.append("%s : %s, ch. à confirmer." % ("Patiente" if p.sex == "F" else "Patient", name))
    else:
        body.append("\n".join(info))
    body += ["Le FADM et la dernière prise de sang suivront par télécopieur.", thanks(ctx, L),
             sig(ctx, liaison, L, "infirmière de liaison" if liaison.sex == "F" else "infirmier de liaison", unit=False).replace("CHSLD des Quatre-Vents", "Hôpital du Sud")]
    return mk(ctx, L, "admission", addr(liaison, DOM_HOSP), [group("Admissions CHSLD", "admissions")],
              subj, body, types, "transfert du centre hospitalier vers le CHSLD", atts=atts,
              cc=[addr(adm)], expect=[p.sur, nam], nam_people=[p], date=d)


FALL_CIRC = ["retrouvée au sol à côté du lit", "glissé du fauteuil roulant lors du transfert",
             "chute en se levant seule pour aller à la toilette", "trouvé assis par terre dans la salle de bain",
             "chute dans le corridor avec la marchette"]
FALL_INJ = ["hématome frontal 3 x 2 cm", "lacération de 2 cm au cuir chevelu, stéristrips", "douleur à la hanche droite, rotation externe",
            "pas de blessure apparente", "abrasion à l'avant-bras gauche", "douleur au poignet gauche, œdème"]


def chute(ctx):
    p = ctx.patient(L)
    nurse = ctx.staff()
    chef = ctx.staff("F")
    md = ctx.physician()
    room = ctx.room()
    nm = name_variant(ctx, p, L)
    circ = ctx.pick(FALL_CIRC)
    if p.sex == "M":
        circ = circ.replace("retrouvée", "retrouvé").replace("seule", "seul")
    inj = ctx.pick(FALL_INJ)
    ta = "%d/%d" % (ctx.num(105, 170), ctx.num(55, 95))
    anticoag = ctx.chance(0.5)
    med = ctx.pick(["Eliquis 2,5 mg BID", "Xarelto 15 mg DIE", "warfarine (INR 2,8 hier)"])
    h = _hhmm(ctx, night=True)
    body = [greet(ctx, L),
            "Déclaration AH-223 complétée pour la chute de %s (ch. %s) cette nuit vers %s : %s." % (nm, room, h, circ),
            "Évaluation : %s. Pas de perte de conscience rapportée. TA %s, FC %d, SpO2 %d %%, glycémie capillaire %s."
            % (inj, ta, ctx.num(58, 110), ctx.num(89, 99), ("%.1f" % (ctx.num(45, 140) / 10)).replace(".", ",")),
            ]
    types = ["patient_name", "diagnosis", "lab_result"]
    if anticoag:
        body.append("Attention : sous %s. Surveillance neuro q1h x 4 puis q4h x 24 h débutée." % med)
        types.append("medication")
    if "hanche" in inj or "poignet" in inj:
        body.append("Radiographie demandée (appareil mobile) – en attente, %s %s avisé(e)." % (md.t_fr, md.sur))
    body.append(ctx.pick(["Famille avisée par téléphone à 7h15 (fille).", "Fils avisé, rappellera en après-midi.",
                          "Famille non rejointe, message laissé."]))
    body += [thanks(ctx, L), sig(ctx, nurse, L, ctx.pick(["inf.", "inf. aux.", "ASI de nuit"]))]
    subj = ctx.pick(["Chute ch. %s cette nuit" % room, "AH-223 – chute %s" % short_day(ctx.date(), L),
                     "Chute – %s" % name_variant(ctx, p, L, "SUR, Giv"), "Rapport de chute nuit du %s" % short_day(ctx.date(), L)])
    return mk(ctx, L, "chute", addr(nurse), [addr(chef)], subj, body, types,
              "déclaration de chute d'une résidente ou d'un résident", cc=[addr(md, DOM, md.t_fr)], expect=[p.sur])


def plaie(ctx):
    p = ctx.patient(L)
    nurse = ctx.staff("F")
    md = ctx.physician()
    room = ctx.room()
    site = ctx.pick(["au sacrum", "au talon droit", "au talon gauche", "à l'ischion gauche", "à la malléole externe droite"])
    stage = ctx.pick(["stade 2", "stade 3", "stade 3", "stade 4", "inclassable"])
    l0, w0 = ctx.num(20, 50), ctx.num(15, 35)
    dims = []
    for _ in range(4):
        dims.append((l0 / 10, w0 / 10))
        l0, w0 = max(10, l0 + ctx.num(-3, 5)), max(8, w0 + ctx.num(-2, 4))
    cult = ctx.pick(["SARM", "Pseudomonas aeruginosa", "S. aureus sensible", "flore mixte"])
    nm = name_variant(ctx, p, L)
    table = [["Date", "Longueur (cm)", "Largeur (cm)", "Exsudat", "Pansement"]]
    base = ctx.date()
    for i, (a, b) in enumerate(dims):
        dd = base - datetime.timedelta(days=7 * (3 - i))
        table.append([dd.strftime("%Y-%m-%d"), ("%.1f" % a).replace(".", ","), ("%.1f" % b).replace(".", ","), ctx.pick(["léger", "modéré", "abondant"]),
                      ctx.pick(["Mepilex Border", "Aquacel Ag + Allevyn", "Iodosorb", "Biatain"])])
    abx = ctx.pick(["doxycycline 100 mg BID x 10 j", "céphalexine 500 mg QID", "aucun antibiotique pour l'instant"])
    types = ["patient_name", "diagnosis", "lab_result"]
    if "aucun" not in abx:
        types.append("medication")
    body = [greet(ctx, L, "%s %s" % (md.t_fr, md.sur)),
            "Suivi de la plaie de pression %s %s de %s (ch. %s). La plaie ne progresse pas malgré "
            "les changements de pansement aux 3 jours." % (stage, site, nm, room),
            "Culture de plaie du %s : %s. Suggestion de traitement : %s." % (short_day(base, L), cult, abx)]
    atts = []
    if ctx.chance(0.6):
        fn = ctx.pick(["Suivi plaie ch%s.docx" % room, "suivi_plaie_%s.docx" % p.sur.lower(),
                       "Évaluation plaie %s.docx" % p.sur])
        atts.append(A.docx(fn, "Suivi de plaie – %s" % name_variant(ctx, p, L, "SUR, Giv"),
                           ["Résident : %s, chambre %s" % (p.full, room), "Localisation : %s, %s" % (site.split(" ", 1)[1], stage),
                            "Culture : " + cult], table))
        body.append("Le tableau de suivi des mesures est joint.")
    else:
        body.append({"table": table, "style": ctx.pick(["pad", "pipe", "tab"])})
    body += [thanks(ctx, L), sig(ctx, nurse, L, "infirmière ressource en soins de plaies")]
    subj = ctx.pick(["Plaie %s ch. %s" % (site, room), "Suivi plaie – %s" % p.sur, "Plaie %s – avis SVP" % stage])
    return mk(ctx, L, "plaie", addr(nurse), [addr(md, DOM, md.t_fr)], subj, body, types,
              "suivi de plaie de pression", atts=atts, expect=[p.sur])


def pharmacie(ctx):
    pharm = ctx.staff("F")
    unit = ctx.pick(["2e Est", "2e Ouest", "3e Nord", "1er Est"])
    rows = [["Ch.", "Résident", "Modification", "Motif"]]
    changes = [("cesser Seroquel 25 mg HS", "somnolence diurne, chutes"),
               ("débuter mirtazapine 7,5 mg HS", "perte d'appétit, humeur dépressive"),
               ("diminuer furosémide à 20 mg DIE", "créat 142, déshydratation"),
               ("cesser Aricept", "bradycardie 48, TNC avancé"),
               ("remplacer Ativan PRN par trazodone 25 mg HS", "insomnie, risque de chute"),
               ("ajouter Senokot 2 co HS", "constipation sous hydromorphone"),
               ("ajuster Lantus à 10 U HS", "hypoglycémies matinales 3,1–3,6"),
               ("cesser pantoprazole", "déprescription, pas d'indication"),
               ("débuter Eliquis 2,5 mg BID", "FA nouvelle, CHA2DS2-VASc 5")]
    n = ctx.num(3, 6)
    pats = [ctx.patient(L) for _ in range(n)]
    picked = ctx.rng.sample(changes, n)
    style = ctx.pick(["SUR, Giv", "Sur, Giv", "init", "SUR Giv", "full"])
    for p, (c, why) in zip(pats, picked):
        rows.append([ctx.room(), name_variant(ctx, p, L, style), c, why])
    body = [greet(ctx, L, "l'équipe du " + unit),
            "Suite à la tournée de révision de la médication de ce matin avec %s, voici les modifications au FADM "
            "à appliquer dès le prochain cycle :" % ctx.pick(["la Dre Hébert", "le Dr Haddad", "la Dre Nguyen"]),
            {"table": rows, "style": ctx.pick(["pad", "pipe", "tab", "semi"])},
            "Les ordonnances signées sont au cartable. Les piluliers seront refaits par la pharmacie %s pour jeudi."
            % ctx.pick(["Bel-Air", "du CISSS"]),
            thanks(ctx, L), sig(ctx, pharm, L, "pharmacienne")]
    subj = ctx.pick(["Tournée médicaments %s – modifications FADM" % unit, "Révision de la médication – " + unit,
                     "Changements Rx suite à la tournée"])
    types = ["patient_name", "medication", "diagnosis", "lab_result"]
    if not any(ch in ("diminuer furosémide à 20 mg DIE", "cesser Aricept", "ajuster Lantus à 10 U HS", "débuter Eliquis 2,5 mg BID") for ch, _ in picked):
        types.remove("lab_result")
    atts = []
    if ctx.chance(0.35):
        atts.append(A.csv_att("modifs_FADM_%s.csv" % unit.replace(" ", ""), rows, sep=";",
                              charset=ctx.pick(["utf-8", "windows-1252"])))
    return mk(ctx, L, "pharmacie", addr(pharm, DOM_PHARM), [group("ASI " + unit, "asi." + unit.replace(" ", "").lower().replace("è", "e"))],
              subj, body, types, "modifications de médication après tournée pharmaceutique", atts=atts,
              expect=[p.sur for p in pats])


def garde(ctx):
    md = ctx.physician()
    p = ctx.patient(L)
    nm = name_variant(ctx, p, L)
    h = _hhmm(ctx)
    scen = ctx.pick([
        ("désaturation %d %% AA, T %.1f, crépitants base droite" % (ctx.num(82, 89), ctx.num(380, 395) / 10),
         "pneumonie d'aspiration probable", "amoxicilline-clavulanate 875 mg BID x 7 j, O2 2 L/min lunette"),
        ("agitation importante, frappe le personnel, rétention urinaire 650 mL au bladder scan",
         "délirium sur rétention urinaire", "sonde à demeure, halopéridol 0,5 mg SC x 1"),
        ("glycémie %.1f, diaphorèse, somnolent" % (ctx.num(18, 30) / 10,),
         "hypoglycémie sous insuline", "Glucagon 1 mg IM, Lantus diminué à 8 U"),
        ("douleur thoracique 7/10, TA %d/%d" % (ctx.num(160, 190), ctx.num(90, 105)),
         "SCA à éliminer vs douleur MSK", "nitro SL x 1, ECG fait, transfert refusé par la famille (niveau C)"),
    ])
    body = [greet(ctx, L, "Dr(e) traitant(e)"),
            "Note de garde – appel reçu à %s de l'inf. du %s concernant %s (ch. %s) :" % (h, ctx.pick(["2e Est", "3e Nord", "1er Ouest"]), nm, ctx.room()),
            "S/O : %s.\nA : %s.\nP : %s. Réévaluation demain par le médecin traitant." % scen,
            "Bonne journée,", "%s %s, médecin de garde – GMF des Quatre-Vents" % (md.t_fr, md.full)]
    subj = ctx.pick(["Note de garde nuit du %s" % short_day(ctx.date(), L), "Garde – appel pour " + name_variant(ctx, p, L, "title_sur"),
                     "Appel de garde CHSLD"])
    return mk(ctx, L, "garde", addr(md, "gmf-quatrevents.example", md.t_fr),
              [group("Médecins CHSLD", "medecins")], subj, body,
              ["patient_name", "diagnosis", "lab_result", "medication"], "note du médecin de garde après un appel de nuit",
              expect=[p.sur], mode=ctx.pick([None, "plain"]))


def famille(ctx):
    p = ctx.patient(L, sex=ctx.pick("FM"))
    child_sex = ctx.pick("FM")
    child = ctx.patient(L, age=(45, 65), sex=child_sex)
    child.sur = p.sur if ctx.chance(0.6) else child.sur
    nurse = ctx.staff("F")
    rel = ("ma mère" if p.sex == "F" else "mon père")
    issue = ctx.pick([
        ("j'ai trouvé qu'elle était très confuse et qu'elle ne me reconnaissait pas", "infection urinaire", "Macrobid", "une infection urinaire"),
        ("j'ai remarqué qu'il tousse beaucoup depuis 3 jours", "bronchite", "Biaxin", "une bronchite"),
        ("j'ai vu qu'elle a perdu du poids, ses vêtements sont trop grands", "dénutrition", "Ensure", "de la dénutrition"),
        ("il m'a dit avoir mal à l'épaule depuis sa chute", "fracture de l'humérus", "Tylenol et hydromorphone", "une fracture de l'humérus"),
    ])
    s = issue[0]
    if p.sex == "M":
        s = s.replace("qu'elle", "qu'il")
    else:
        s = s.replace("qu'il", "qu'elle").replace("il m'a", "elle m'a")
    frm_addr = (child.full, child.email(ctx.pick(DOM_FAMILY)))
    inbound = ctx.chance(0.55)
    ref = ctx.pick(["ch. %s" % ctx.room(), "au %s" % ctx.pick(["2e", "3e"])])
    if inbound:
        body = ["Bonjour,",
                "Je suis %s de %s (%s). Lors de ma visite, %s. Est-ce que son traitement pour %s est terminé ? "
                "On m'a dit qu'%s prenait du %s mais je ne suis pas certain%s." % (
                    "la fille" if child_sex == "F" else "le fils", name_variant(ctx, p, L, ctx.pick(["full", "title", "lower"])), ref, s,
                    issue[1], "elle" if p.sex == "F" else "il", issue[2], "e" if child_sex == "F" else ""),
                "Pouvez-vous me rappeler en soirée ?", "Merci,", child.giv]
        subj = ctx.pick(["Question sur %s" % rel, "%s – %s" % ("ma mère" if p.sex == "F" else "mon père", p.sur), "Visite de dimanche", "suivi " + p.full])
        frm, to = frm_addr, [addr(nurse)]
    else:
        body = [greet(ctx, L, "%s %s" % ("Mme" if child_sex == "F" else "M.", child.sur)),
                "Suite à notre conversation téléphonique, je vous confirme que le médecin a diagnostiqué %s chez %s %s "
                "cette semaine. Il a prescrit du %s ; on réévalue dans 5 jours." % (
                    issue[3], "votre mère" if p.sex == "F" else "votre père",
                    p.giv if child.sur == p.sur else "(%s)" % name_variant(ctx, p, L, "title"), issue[2]),
                "N'hésitez pas à me téléphoner au poste infirmier si vous avez des questions.",
                sig(ctx, nurse, L, "inf.")]
        subj = ctx.pick(["Suivi – %s %s" % (p.t_fr(), p.sur), "Nouvelles de %s" % ("votre mère" if p.sex == "F" else "votre père"),
                         "Suite à notre appel"])
        frm, to = addr(nurse), [frm_addr]
    return mk(ctx, L, "famille", frm, to, subj, body, ["patient_name", "diagnosis", "medication"],
              "échange entre l'équipe et un proche au sujet d'un résident", expect=[p.giv] if (not inbound and child.sur == p.sur) else [p.sur, p.giv])


def releve(ctx):
    nurse = ctx.staff()
    unit = ctx.pick(["2e Est", "2e Ouest", "3e Nord", "UP"])
    n = ctx.num(6, 11)
    probs = ["chute hier, surveillance neuro", "ATB J3/7 pour pneumonie", "SCPD, errance la nuit",
             "INR 3,9 – warfarine suspendue", "plaie sacrum stade 3", "refus alimentaire", "fin de vie, confort",
             "C. difficile – isolement contact", "hypoglycémie 3,2 ce matin", "retour d'urgence, fx poignet plâtré",
             "nouvelle admission, PTI à faire", "constipation J4, lavement fait", "toux, T 38,1 – culture expecto"]
    rows = [["Ch.", "Nom", "À surveiller"]]
    style = ctx.pick(["SUR, Giv", "Sur, Giv", "SUR Giv", "lower", "full", "init"])
    pats = []
    for _ in range(n):
        p = ctx.patient(L)
        pats.append(p)
        rows.append([ctx.room(), name_variant(ctx, p, L, style), ctx.pick(probs)])
    rows[1:] = sorted(rows[1:])
    as_x = ctx.chance(0.45)
    body = [greet(ctx, L), "Relève de soir pour le %s :" % unit]
    atts = []
    if as_x:
        fn = ctx.pick(["releve_%s.xlsx" % unit.replace(" ", "_"), "Relève %s.xlsx" % short_day(ctx.date(), L)])
        atts.append(A.xlsx(fn, [("Relève", rows)]))
        body.append("Liste dans le fichier joint, mise à jour à 15h30.")
    else:
        body.append({"table": rows, "style": ctx.pick(["pad", "pipe", "tab"])})
    body += ["Bonne soirée !", sig(ctx, nurse, L, "ASI", short=ctx.chance(0.5))]
    txt = " ".join(r[2] for r in rows[1:])
    types = ["patient_name", "diagnosis"]
    if any(k in txt for k in ("INR", "3,2", "38,1")):
        types.append("lab_result")
    if any(k in txt for k in ("ATB", "warfarine", "lavement")):
        types.append("medication")
    return mk(ctx, L, "releve", addr(nurse), [group("Équipe " + unit, "equipe." + unit.split()[0].replace("è", "e"))],
              ctx.pick(["Relève %s" % unit, "Liste de relève – soir", "relève " + short_day(ctx.date(), L)]), body, types,
              "liste de relève de l'unité avec problèmes par chambre", atts=atts, expect=[p.sur for p in pats])


def fin_de_vie(ctx):
    p = ctx.patient(L, age=(80, 101))
    nurse = ctx.staff("F")
    md = ctx.physician()
    nm = name_variant(ctx, p, L)
    dx = ctx.pick(["néo pulmonaire avec métastases osseuses", "TNC stade terminal, dysphagie sévère",
                   "insuffisance cardiaque terminale", "IRC terminale, refus de dialyse"])
    soc = ctx.chance(0.5)
    body = [greet(ctx, L, "à tous"),
            "%s (ch. %s) est maintenant en soins de fin de vie : %s. Niveau de soins D signé ce matin avec la famille."
            % (nm, ctx.room(), dx),
            "Protocole de détresse au chevet : midazolam 2,5 mg SC + hydromorphone 1 mg SC + scopolamine 0,4 mg SC. "
            "Hydromorphone 0,5 mg SC q1h PRN pour dyspnée. Cesser tous les médicaments non essentiels.",
            "Soins de bouche q2h, matelas thérapeutique installé."]
    types = ["patient_name", "diagnosis", "medication"]
    if soc:
        body.append(ctx.pick(["La famille souhaite une présence 24 h ; un lit d'appoint a été demandé. Le fils aîné "
                              "et sa sœur ne se parlent plus, ne pas donner d'information au fils (demande de la mandataire).",
                              "Demande d'aide médicale à mourir formulée hier ; la 2e évaluation est prévue jeudi.",
                              "Seule proche : une nièce en Gaspésie qui ne pourra pas venir ; le curateur public a été avisé."]))
        types.append("social_information")
    body += ["Merci d'aviser les loisirs et le service alimentaire (plateau pour la famille).",
             sig(ctx, nurse, L, "infirmière-chef")]
    subj = ctx.pick(["Fin de vie – ch. %s" % ctx.room(), "Soins de confort %s" % name_variant(ctx, p, L, "title_sur"),
                     "Niveau de soins D – %s" % p.sur.upper()])
    return mk(ctx, L, "fin_de_vie", addr(nurse), [group("Équipe interdisciplinaire", "interdisciplinaire")],
              subj, body, types, "passage en soins de fin de vie", cc=[addr(md, DOM, md.t_fr)], expect=[p.sur])


def alimentation(ctx):
    nutr = ctx.staff("F")
    p = ctx.patient(L)
    nm = name_variant(ctx, p, L)
    room = ctx.room()
    dys = ctx.pick(["dysphagie oropharyngée post-AVC", "dysphagie liée au TNC avancé", "Parkinson, toux aux liquides"])
    tex = ctx.pick(["purée lisse", "hachée fine", "molle"])
    liq = ctx.pick(["nectar", "miel", "pouding"])
    wt = ctx.num(2, 7)
    alb = ctx.num(24, 33)
    diab = ctx.chance(0.5)
    body = [greet(ctx, L, "équipe du service alimentaire"),
            "Changement de texture pour %s, ch. %s : %s. Nouvelle diète : texture %s, liquides épaissis consistance %s."
            % (nm, room, dys, tex, liq),
            "Perte de %d kg en un mois, albumine %d g/L ; ajouter un supplément (Ensure Plus 1 bouteille BID) et "
            "collation protéinée en soirée." % (wt, alb)]
    if diab:
        body.append("Diabète type 2 : pas de dessert sucré, substitut sans sucre svp.")
    body += ["Cabaret identifié avec pictogramme orange.", thanks(ctx, L), sig(ctx, nutr, L, "nutritionniste", unit=False)]
    subj = ctx.pick(["Changement de texture – ch. %s" % room, "Diète %s" % p.sur, "Modif. diète + supplément"])
    return mk(ctx, L, "alimentation", addr(nutr), [group("Service alimentaire", "service.alimentaire")], subj, body,
              ["patient_name", "diagnosis", "lab_result", "medication"], "modification de diète et de texture",
              expect=[p.sur])


def loisirs(ctx):
    tech = ctx.staff()
    sortie = ctx.pick(["la cabane à sucre", "la sortie au parc", "le spectacle de Noël", "la zoothérapie"])
    n = ctx.num(3, 5)
    notes = ["ne peut pas venir : isolement C. difficile", "O2 portatif 2 L obligatoire (MPOC)",
             "diabétique – pas de tire d'érable SVP", "désorientation, accompagnement 1:1 requis (errance)",
             "crises d'épilepsie, apporter le Rivotril", "fauteuil gériatrique, hémiplégie droite",
             "allergie sévère aux arachides (EpiPen)"]
    pats = [ctx.patient(L) for _ in range(n)]
    chosen = ctx.rng.sample(notes, n)
    style = ctx.pick(["title", "full", "title_sur", "Sur, Giv"])
    lines = ["- %s (%s) : %s" % (name_variant(ctx, p, L, style), ctx.room(), c) for p, c in zip(pats, chosen)]
    body = [greet(ctx, L, "aux équipes"), "Pour %s jeudi, voici les particularités des résidents inscrits :" % sortie,
            "\n".join(lines), "Merci de me confirmer si un préposé peut accompagner.",
            sig(ctx, tech, L, "technicienne en loisirs", unit=False)]
    types = ["patient_name", "diagnosis"]
    if any(k in " ".join(chosen) for k in ("Rivotril", "EpiPen")):
        types.append("medication")
    return mk(ctx, L, "loisirs", addr(tech), [group("ASI", "asi")], ctx.pick(["Sortie – " + sortie, "Inscriptions " + sortie]),
              body, types, "liste de participants à une activité avec restrictions médicales",
              expect=[p.sur for p in pats])
