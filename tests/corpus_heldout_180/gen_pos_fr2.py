"""Confidential messages in French (part 2: threads, forwards, social, documents)."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, vcard, zip_of
from gen_kit import Acc, me, quote, attribution, outlook_header, fwd_header, ext, shared, dr
from gen_mime import Att, Mail
from gen_people import sig, slug, HOSP_FR, PH_CLINIC, staff_name, DOM
from gen_util import fmt_date, day_label

ADULT = lambda h: h.dob.year <= 2005
CHILD = lambda h: h.dob.year >= 2009
SENIOR = lambda h: h.dob.year <= 1962


def t_reponse_famille(c):
    a = Acc(c)
    p = c.holder_patient(SENIOR) if c.idx % 3 != 1 else c.patient(age_range=(65, 90))
    rel = c.r.choice(["fille", "fils", "conjointe", "nièce"])
    rel_name = c.r.choice(["Julie", "Marc-André", "Sandra", "Éric", "Nancy", "Stéphanie"])
    rel_mail = "%s.%s@courriel.example" % (rel_name.lower().replace("é", "e").replace("-", ""), c.r.choice(["famille", "maison", "perso"]))
    surgery = c.r.choice([
        ("sa chirurgie des sinus (polypes)", "CEES", "vachon",
         "respire par la bouche toute la nuit et a fait deux sinusites ce printemps."),
        ("sa septoplastie", "septoplastie", "vachon",
         "se plaint de maux de tête tous les jours et prend des Advil sans arrêt."),
        ("sa stapédotomie à l'oreille gauche", "stapédotomie", "haddad",
         "n'entend presque plus rien de ce côté et s'isole de plus en plus."),
        ("l'exérèse du polype sur sa corde vocale", "microlaryngoscopie", "raman",
         "a la voix tellement éraillée qu'%s ne peut plus chanter à la chorale." % p.pron("fr"))])
    a.t("diagnosis")
    nm = a.name(p, c.name_style(["full", "title", "comma"]))
    dob = a.dob(p, c.r.choice(["long", "iso", "dmy"]))
    tel = a.phone(p)
    orig = ["Bonjour,", "",
            "Je vous écris au sujet de %s %s, né%s le %s. %s attend %s depuis maintenant %d mois "
            "et n'a toujours pas de date." % ("mon père" if p.sex == "M" else "ma mère", nm, p.e(), dob,
                                             p.pron("fr").capitalize(), surgery[0], c.r.randint(11, 19)),
            "%s %s" % (p.pron("fr").capitalize(), surgery[3])]
    if "Advil" in orig[-1]:
        a.t("medication")
    if p.holder:
        orig.append("Son numéro d'assurance maladie est le %s si ça peut aider." % a.nam(p))
    orig += ["Vous pouvez %s joindre au %s (%s est un peu dur%s d'oreille, parlez fort)." % (
        "la" if p.sex == "F" else "le", tel, p.pron("fr"), p.e()), "", "Merci,", "%s" % rel_name]
    when = c.now - dt.timedelta(days=c.r.randint(1, 4), hours=3)
    reply = ["Bonjour,", "",
             "Merci pour votre message. Le dossier de votre %s est bien sur la liste opératoire de %s pour %s ; "
             "la priorité a été réévaluée à la hausse compte tenu de ce que vous décrivez." % (
                 "père" if p.sex == "M" else "mère", dr(surgery[2], "fr"), surgery[1]),
             "Nous devrions être en mesure de proposer une date d'ici %s. Je l'appellerai directement." % c.r.choice(
                 ["six semaines", "la fin du mois prochain", "deux mois"]), "",
             "Cordialement,", "", sig("bisson", "fr"), "",
             attribution(c, "%s <%s>" % (rel_name, rel_mail), when, "fr"), quote("\n".join(orig))]
    subj = c.r.choice(["RE: Date de chirurgie", "RE: liste d'attente %s" % surgery[1], "Re: demande d'information"])
    return a.mail("reply", "reply to relative about surgery wait, quoted original", me("bisson", "fr"),
                  [ext(rel_name, rel_mail)], subj, "\n".join(reply), reply="<%d.relance@courriel.example>" % c.idx)


def t_transfert_patient(c):
    a = Acc(c)
    p = c.patient()
    nm_sig = p.name("full")
    a.name(p, "full")
    pmail = "%s.%s%d@courriel.example" % (slug(p.given), slug(p.surname), c.r.randint(1, 99))
    tel = a.phone(p, "cell")
    issue = c.r.choice([
        ("Mes acouphènes sont pires depuis que j'ai commencé le nouveau médicament (gabapentine 300 mg) et "
         "j'ai des étourdissements le matin.", "acouphènes"),
        ("Depuis l'opération de mon oreille (tympanoplastie le mois passé) j'ai encore un écoulement jaunâtre et "
         "les gouttes Ciprodex ne font plus effet.", "écoulement post-tympanoplastie"),
        ("Mon appareil auditif gauche siffle tout le temps et avec mon diabète j'ai souvent des otites "
         "externes, je mets des gouttes Otodex comme on m'a dit.", "aide auditive + otites externes"),
        ("Je fais encore des crises de vertige, trois cette semaine, même avec le Serc 24 mg deux fois par jour. "
         "J'ai dû arrêter de conduire.", "vertiges")])
    a.t("diagnosis", "medication")
    when = c.now - dt.timedelta(hours=c.r.randint(2, 30))
    orig = fwd_header("fr", "%s <%s>" % (nm_sig, pmail), "audiologie@%s" % DOM,
                      when.strftime("%d/%m/%Y %H:%M"), "question")
    body = ["Maude, peux-tu regarder ça ? Elle/il n'a pas de rendez-vous avant %s." % fmt_date(c.later(30, 80), "long", "fr"),
            "", "Nadia", "", orig, "",
            "Bonjour,", "", issue[0], "Est-ce que je peux avoir un rendez-vous plus tôt ?",
            "Mon cellulaire : %s" % tel, "", nm_sig]
    if c.idx % 2 == 0:
        body[0] = body[0].replace("Elle/il", p.pron("fr").capitalize())
    else:
        body[0] = "À voir svp — %s. Pas de rdv avant %s." % (issue[1], fmt_date(c.later(30, 80), "long", "fr"))
    return a.mail("forward", "forwarded patient email with symptoms", me("bisson", "fr"), [me("rioux", "fr")],
                  "TR: question", "\n".join(body))


def t_dpj(c):
    a = Acc(c)
    p = c.holder_patient(CHILD) if c.idx % 2 == 0 else c.patient(age_range=(2, 12))
    style = c.name_style(["full", "CAPS", "given", "comma"])
    nm = a.name(p, style)
    subj = c.r.choice(["Suivi ORL — signalement", "Confidentiel : suivi audiologique", "Votre demande d'information"])
    if style == "given":
        subj = "Suivi ORL — %s" % a.name(p, "full")
    dob = a.dob(p)
    a.t("diagnosis", "social_information")
    intv = c.r.choice([("Geneviève Aubin-Tardif", "g.aubintardif@dpj-deuxrives.example"),
                       ("Samuel Ouedraogo", "s.ouedraogo@dpj-deuxrives.example")])
    issue = c.r.choice([
        "otites moyennes séreuses bilatérales avec surdité de transmission de 35 dB et retard de langage",
        "perte auditive neurosensorielle bilatérale appareillée, aides auditives perdues deux fois",
        "hypertrophie adéno-amygdalienne avec apnées, chirurgie reportée trois fois (absences)"])
    lines = ["Bonjour %s," % intv[0].split(" ")[0], "",
             "Suite à notre conversation, voici les informations demandées concernant %s (ddn %s)%s." % (
                 nm, dob, (", NAM %s" % a.nam(p)) if p.holder else ""), "",
             "Sur le plan ORL/audiologie : %s." % issue,
             "L'enfant a manqué %d rendez-vous depuis %s ; la mère nous a dit ne plus avoir de voiture "
             "depuis la séparation et vivre temporairement en maison d'hébergement." % (
                 c.r.randint(3, 5), fmt_date(c.earlier(120, 300), "long", "fr").split(" ", 1)[1]),
             "Nous comprenons que l'enfant est maintenant confié%s à une famille d'accueil (mesure de protection en "
             "cours). Pouvez-vous nous transmettre les coordonnées de la famille pour la reprise du suivi ?" % p.e(), "",
             "Merci de votre collaboration.", "", sig("hebert", "fr")]
    return a.mail("youth_protection", "social worker to youth protection about a child's follow-up",
                  me("hebert", "fr"), [ext(intv[0], intv[1])],
                  subj, "\n".join(lines))


def t_resume_conge(c):
    a = Acc(c)
    p = c.holder_patient(ADULT) if c.idx % 3 != 2 else c.patient(age_range=(30, 80))
    case = c.r.choice([
        ("Thyroïdectomie totale", "Goitre multinodulaire avec nodule D Bethesda IV",
         "Hypocalcémie transitoire (Ca ionisé nadir 0,98) traitée par carbonate de calcium et calcitriol.",
         ["Lévothyroxine 100 mcg die", "Carbonate de calcium 1 g TID x 2 sem.", "Calcitriol 0,25 mcg BID x 2 sem.",
          "Acétaminophène 1 g q6h PRN"], "Calcium + PTH dans 1 semaine au CLSC"),
        ("Laryngectomie totale avec évidement cervical bilatéral", "Carcinome épidermoïde du larynx pT4aN1",
         "Fistule pharyngo-cutanée mineure traitée conservativement. Alimentation par sonde jusqu'à J14.",
         ["Morphine 5 mg/mL 1 mL q4h PRN par sonde", "Pantoprazole 40 mg die", "Héparine 5000 U SC BID x 28 j"],
         "Radio-oncologie dans 4 semaines ; orthophonie pour prothèse phonatoire"),
        ("Chirurgie endoscopique des sinus + septoplastie", "Rhinosinusite chronique avec polypes, Lund-Mackay 18/24",
         "Évolution simple. Saignement minime J1.", ["Amoxicilline-clavulanate 875 mg BID x 7 j",
                                                     "Irrigations salines BID", "Prednisone 20 mg die x 5 j"],
         "Débridement en clinique dans 10 jours"),
        ("Parotidectomie superficielle D", "Tumeur de Warthin (pathologie finale)",
         "Parésie faciale HB II transitoire, en amélioration.", ["Acétaminophène 1 g q6h", "Larmes artificielles PRN"],
         "Revoir en clinique dans 2 semaines")])
    nm = a.name(p, "CAPS")
    dob = a.dob(p, "iso")
    mrn = a.mrn(p, "plain")
    a.t("diagnosis", "medication", "lab_result")
    adm = c.earlier(5, 12)
    ident = [["Nom", nm], ["Dossier", mrn], ["Date de naissance", dob], ["Admission", fmt_date(adm, "iso", "fr")],
             ["Congé", fmt_date(c.today, "iso", "fr")]]
    if p.holder:
        ident.insert(2, ["NAM", a.nam(p, "spaced")])
    blocks = [("t", ident), ("h", "Intervention"), ("p", case[0]), ("h", "Diagnostic"), ("p", case[1]),
              ("h", "Évolution"), ("p", case[2]), ("h", "Médication au congé")] + \
             [("p", "• " + m) for m in case[3]] + [("h", "Suivi"), ("p", case[4]),
                                                  ("sp", 1), ("p", "%s / %s" % (dr("marchand", "fr"), dr("lacasse", "fr")))]
    data = docx("Résumé de congé — ORL", blocks, author="ORL")
    fn = "Résumé_congé_%s_%s.docx" % (p.surname.upper(), p.given[0])
    a.names.append(p.surname.upper())
    txt = ("Bonjour Dr %s,\n\nVotre patient%s a eu son congé aujourd'hui. Le résumé est en pièce jointe.\n\n"
           "Bonne fin de journée,\n\n%s") % (c.r.choice(["Corriveau", "Roux"]), p.e(), sig("marchand", "fr"))
    return a.mail("discharge", "discharge summary to family physician (DOCX)", me("marchand", "fr"),
                  [ext("Dr Corriveau", "mcorriveau@cliniquedesiles.example")], "Résumé de congé", txt,
                  atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])


def t_voix(c):
    a = Acc(c)
    p = c.patient(age_range=(22, 70))
    find = c.r.choice([
        ("nodules bilatéraux au tiers moyen des cordes vocales, fermeture en sablier",
         "Enseignante au primaire, 28 élèves. Forçage vocal important.", "thérapie vocale 8 séances"),
        ("polype hémorragique de la corde vocale D, onde muqueuse absente à D",
         "Chanteur professionnel, sous aspirine 81 mg (cardiologie).", "microlaryngoscopie à prévoir ; repos vocal 1 sem."),
        ("paralysie de la corde vocale G en position paramédiane post-thyroïdectomie",
         "Fuite glottique, voix soufflée, fausses routes aux liquides.", "injection de médialisation en clinique"),
        ("œdème de Reinke bilatéral, fumeuse 30 paquets-années",
         "Voix grave, fatigue vocale. Intérêt pour cesser de fumer.", "référence cessation tabagique ; réévaluation 3 mois")])
    a.t("diagnosis", "lab_result")
    if "aspirine" in find[1]:
        a.t("medication")
    subj_name = a.name(p, c.r.choice(["title_sur", "CAPS2", "full"]))
    txt = ["Bonjour Dre Raman,", "",
           "Résultats de la vidéostroboscopie et de l'évaluation de la voix de ce matin :", "",
           "- Stroboscopie : %s" % find[0], "- GRBAS : G2 R1 B%d A0 S1" % c.r.randint(0, 2),
           "- TMP /a/ : %d s ; VHI-10 : %d/40" % (c.r.randint(6, 17), c.r.randint(14, 33)),
           "- Contexte : %s" % find[1], "", "Recommandation : %s." % find[2], "",
           "La vidéo est sur le serveur (dossier Voix/%s)." % c.today.strftime("%Y-%m"), "", sig("turcotte", "fr")]
    return a.mail("voice_clinic", "voice clinic assessment, name only in subject", me("turcotte", "fr"), [me("raman", "fr")],
                  "Évaluation voix — %s" % subj_name, "\n".join(txt))


def t_imagerie(c):
    a = Acc(c)
    p = c.holder_patient() if c.idx % 2 == 0 else c.patient()
    exam = c.r.choice([
        ("TDM des sinus sans contraste", "Opacification complète des sinus maxillaires et ethmoïdaux bilatéraux, "
         "obstruction des complexes ostio-méatals. Score de Lund-Mackay : 17/24. Déviation septale vers la G.",
         "Rhinosinusite chronique pansinusale", "vachon"),
        ("IRM des conduits auditifs internes", "Lésion rehaussante de 9 x 6 mm dans le CAI D, sans extension à "
         "l'angle ponto-cérébelleux. Aspect typique de schwannome vestibulaire intracanalaire.",
         "Schwannome vestibulaire D (Koos I)", "haddad"),
        ("TDM des rochers", "Érosion du mur de l'attique et de la longue apophyse de l'enclume G, masse de tissu mou "
         "dans l'oreille moyenne. Canal semi-circulaire latéral intact.", "Cholestéatome G probable", "haddad"),
        ("Échographie cervicale et thyroïdienne", "Nodule lobe D 2,4 cm, hypoéchogène, microcalcifications, "
         "TI-RADS 5. Pas d'adénopathie suspecte.", "Nodule thyroïdien D suspect — cytoponction recommandée", "lacasse")])
    a.t("lab_result", "diagnosis")
    nm = a.name(p, c.name_style(["CAPS", "comma", "full"]))
    mrn = a.mrn(p)
    dob = a.dob(p)
    rad_mail = ("Imagerie médicale", "imagerie.rapports@%s" % DOM)
    when = c.now - dt.timedelta(hours=c.r.randint(3, 48))
    inner = ["RAPPORT D'IMAGERIE — FINAL", "Patient : %s   Dossier : %s   DDN : %s" % (nm, mrn, dob)]
    if p.holder:
        inner.append("NAM : %s" % a.nam(p))
    inner += ["Examen : %s (%s)" % (exam[0], fmt_date(c.earlier(1, 6), "iso", "fr")), "",
              "Constatations : %s" % exam[1], "", "Opinion : %s." % exam[2], "", "Dr Alexis Brodeur, radiologiste"]
    head = fwd_header("fr", "%s <%s>" % rad_mail, dr(exam[3], "fr"), when.strftime("%Y-%m-%d %H:%M"),
                      "Rapport final — %s" % exam[0])
    txt = ["Félix, peux-tu l'appeler pour devancer son rendez-vous ? À mettre au programme opératoire si c'est "
           "confirmé en clinique." if exam[3] != "haddad" else
           "Kevin, à discuter à la réunion d'otologie jeudi. Prévoir audiogramme de contrôle avant.", "",
           staff_name(exam[3], "fr", title=False).split(" ")[0], "", head, "", "\n".join(inner)]
    to = me("marchand" if exam[3] != "haddad" else "okafor", "fr")
    return a.mail("imaging", "forwarded imaging report with plan", me(exam[3], "fr"), [to],
                  "TR: Rapport final — %s" % exam[0], "\n".join(txt))


def t_vcard(c):
    a = Acc(c)
    p = c.patient()
    tel = a.phone(p, "phone", "dash")
    cell = a.phone(p, "cell", "dash")
    adr = a.address(p)
    a.name(p, "full")
    reason = c.r.choice(["J5 post-amygdalectomie, saignement léger ce matin, veut savoir si elle doit venir",
                         "résultat de biopsie de la masse au cou à donner de vive voix — RDV à fixer avec Dr Lacasse",
                         "aide auditive D défectueuse, sous garantie, demande échange",
                         "rappel pour confirmer l'arrêt de l'Eliquis 48 h avant la septoplastie"])
    a.t("diagnosis")
    if "Eliquis" in reason:
        a.t("medication")
    card = vcard("%s %s" % (p.given, p.surname), "%s;%s;;;" % (p.surname, p.given), tel=tel, cell=cell,
                 adr=adr.replace(", ", ";", 1), note="Patient%s ORL — %s" % (p.e(), reason))
    txt = "Rachel,\n\nPeux-tu rappeler la personne dont la fiche est jointe ? Motif : %s.\n\nMerci\n\nNadia" % reason
    fn = "%s %s.vcf" % (p.given, p.surname)
    return a.mail("callback", "callback request with patient vCard", me("bisson", "fr"), [me("kowalski", "fr")],
                  "À rappeler aujourd'hui", txt,
                  atts=[Att(fn, "text/vcard", text=card, charset="utf-8", cte=c.r.choice(["quoted-printable", "base64", "8bit"]))])


def t_zip_audio(c):
    a = Acc(c)
    n = c.r.randint(4, 7)
    rows = [["dossier", "nom", "prenom", "ddn", "date_examen", "PTA_D", "PTA_G", "SRT_D", "SRT_G", "tympano", "conclusion"]]
    concl = ["SNHL bilat. légère", "SNHL bilat. modérée", "N", "transmission G", "SNHL asym. D>G", "OMS bilat. (B/B)"]
    for i in range(n):
        p = c.patient(age_range=(4, 88))
        a.names.append(p.surname)
        a.t("patient_name")
        rows.append([a.mrn(p, "plain"), p.surname, p.given, a.dob(p, "iso"), fmt_date(c.earlier(1, 20), "iso", "fr"),
                     c.r.randint(10, 70), c.r.randint(10, 70), c.r.randint(10, 65), c.r.randint(10, 65),
                     c.r.choice(["A/A", "B/B", "A/C", "As/A"]), c.r.choice(concl)])
    a.t("lab_result", "diagnosis")
    csvb = csv_text(rows, sep=";").encode("windows-1252" if c.idx % 2 else "utf-8")
    letter = pdf("Lettre de transmission", [("p", "Transfert des résultats d'audiométrie de la clinique mobile "
                                                  "(%s) vers le dossier central." % c.r.choice(["Gracefield-Sud", "Lac-Simard"])),
                                            ("p", "%d examens. Fichier CSV séparé par point-virgule." % n)], compress=False)
    z = zip_of([("export_audio_%s.csv" % c.today.strftime("%Y%m%d"), csvb), ("lettre.pdf", letter)])
    txt = ("Bonjour,\n\nCi-joint l'export de la clinique mobile de la semaine dernière pour intégration au DPE. "
           "Le mot de passe habituel n'a pas été mis (le logiciel plante), désolé.\n\n%s") % sig("lemieux", "fr")
    return a.mail("export", "zipped audiometry export with several patients", me("lemieux", "fr"), [shared("archives", "fr")],
                  "Export audiométrie clinique mobile", txt,
                  atts=[Att("export_audio_%s.zip" % c.today.strftime("%Y%m%d"), "application/zip", data=z)])


def t_eml_patho(c):
    a = Acc(c)
    p = c.holder_patient(ADULT) if c.idx % 2 == 0 else c.patient(age_range=(40, 85))
    res = c.r.choice([
        ("Biopsie base de langue D", "Carcinome épidermoïde invasif, non kératinisant. p16 : positif (> 70 % des cellules). "
         "HPV ARN in situ : positif.", "CE base de langue p16+"),
        ("Cytoponction nodule thyroïdien G", "Bethesda V — suspect de carcinome papillaire.", "nodule thyroïdien suspect"),
        ("Exérèse polype corde vocale D", "Polype fibrino-hyalin, absence de dysplasie.", "polype bénin"),
        ("Biopsie ganglion cervical niveau II G", "Métastase de carcinome épidermoïde, primaire inconnu. p16 négatif.",
         "métastase cervicale primaire inconnu")])
    a.t("lab_result", "diagnosis")
    nm = a.name(p, "CAPS")
    mrn = a.mrn(p, "plain")
    dob = a.dob(p, "iso")
    inner_lines = ["RÉSULTAT DE PATHOLOGIE — %s" % res[0], "", "Patient : %s" % nm, "Dossier : %s   DDN : %s" % (mrn, dob)]
    if p.holder:
        inner_lines.append("NAM : %s" % a.nam(p, "plain"))
    inner_lines += ["Demandeur : %s" % dr("lacasse", "fr"), "", "Diagnostic : %s" % res[1], "",
                    "Validé électroniquement par Dre Hélène Marceau, pathologiste"]
    inner = Mail("fr", "x", "x", [], ("Laboratoire de pathologie", "pathologie@%s" % DOM), [me("lacasse", "fr")],
                 "Résultat de pathologie — %s" % mrn, "\n".join(inner_lines), modes=["plain"])
    nb = c.nested(inner, offset_days=1)
    txt = ("Chantal,\n\nRésultat ci-dessous (message joint). %s Peux-tu l'appeler pour un rendez-vous cette semaine "
           "et l'inscrire au prochain comité ?\n\nMerci\nStéphane") % c.r.choice(["Pas de surprise.", "Comme on craignait.", ""])
    return a.mail("pathology", "forwarded pathology result as attached message", me("lacasse", "fr"), [me("proulx", "fr")],
                  "TR: Résultat de pathologie", txt,
                  atts=[Att("Résultat de pathologie.eml", "message/rfc822", nested=nb)])


def t_etranger(c):
    a = Acc(c)
    be = c.idx % 2 == 0
    p = c.patient(age_range=(19, 45))
    nm = a.name(p, c.name_style(["CAPS", "full", "comma"]))
    dob = a.dob(p, "dmy")
    ident = a.niss(p) if be else a.nir(p)
    label = "NISS" if be else "N° de sécurité sociale"
    ins = ("Mutualité Ardenne-Meuse — service international", "international@mutualite-ardenne.example") if be else \
        ("Assistance Voyage Horizon", "dossiers@assistance-horizon.example")
    case = c.r.choice([
        ("abcès péri-amygdalien G", "ponction-drainage sous anesthésie locale, amoxicilline-clavulanate 875 mg BID x 10 j"),
        ("otite externe nécrosante débutante", "ciprofloxacine 750 mg BID, Ciprodex, TDM des rochers"),
        ("fracture des os propres du nez déplacée (chute à vélo)", "réduction fermée sous AL, acétaminophène"),
        ("surdité brusque G", "prednisone 60 mg die x 7 j, audiogramme de contrôle")])
    a.t("diagnosis", "medication")
    stay = c.r.choice(["PVT (permis vacances-travail)", "séjour d'études, Université des Deux-Rives", "visite familiale"])
    adr_loc = a.address(p) if c.r.random() < 0.5 else None
    lines = ["Madame, Monsieur,", "",
             "Nous avons pris en charge à l'urgence ORL de l'%s votre assuré%s :" % (HOSP_FR, p.e()), "",
             "  %s, né%s le %s" % (nm, p.e(), dob), "  %s : %s" % (label, ident), "  Motif du séjour : %s" % stay]
    if adr_loc:
        lines.append("  Adresse au Québec : %s" % adr_loc)
    lines += ["", "Diagnostic : %s." % case[0], "Traitement : %s." % case[1], "",
              "La facture détaillée suivra par le service de facturation des non-résidents. Merci de nous confirmer "
              "la prise en charge.", "", "Salutations distinguées,", "", sig("okafor", "fr")]
    return a.mail("insurer", "ER care notice to foreign insurer", me("okafor", "fr"), [ext(ins[0], ins[1])],
                  "Prise en charge — assuré%s %s" % (p.e(), p.surname.upper()), "\n".join(lines))
