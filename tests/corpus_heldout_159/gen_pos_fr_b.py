"""French positive templates, part B."""
import datetime as _dt

import gen_common as C
from gen_clinical import SCENARIOS, BY_KEY, REFERRAL_FR, SOCIAL
from gen_ctx import staff, ext
from gen_mime import Mail
from gen_tpl import (mk, sig, hello, bye, quoted_reply, forward_block, earlier_dt, pdf_att, docx_att,
                     zip_att, vcf_att, eml_att, slug, dt_fr)
from gen_pos_fr_a import MD_FR, e_, il


def fr_france(c):
    sc = c.pick([BY_KEY[k] for k in ("absences", "tdl", "tsa", "surdite", "rgd")])
    p = c.kid(ages=sc["ages"], holder=False)
    doc = c.pick(MD_FR)
    dest = C.EXTERNAL["france"]
    child_nir = c.chance(0.5)
    lines = ["Chère consœur," if c.chance(0.6) else "Madame,", "",
             "La famille de %s, né%s le %s, s'est installée dans notre région en %s et nous consulte pour la poursuite du suivi." % (
                 c.name(p, "full"), e_(p), c.dob(p, "long"), c.pick(["juillet", "août", "juin"])),
             "D'après le carnet de santé, %s était suivi%s dans votre service pour %s." % (il(p), e_(p), sc["dx_fr"])]
    c.t("diagnosis")
    if child_nir:
        lines.append("NIR de l'enfant : %s" % c.nir(p))
    else:
        mom_dob = _dt.date(p.dob.year - c.rng.randint(24, 38), c.rng.randint(1, 12), c.rng.randint(1, 28))
        lines.append("Assurée ouvrant droit (mère, %s) : NIR %s" % (p.mother, c.nir(p, sex="F", dob=mom_dob)))
    if sc["test_fr"] and c.chance(0.6):
        lines.append("Le dernier examen rapporté par les parents : %s." % sc["test_fr"])
        c.t("lab_result")
    lines += ["", "Pourriez-vous nous transmettre les comptes rendus de consultation, les bilans paracliniques et la liste des traitements ? "
              "L'autorisation signée des parents est jointe.", "", "Avec mes remerciements confraternels,", "", C.signature(doc, "fr")]
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Demande de dossier médical – %s %s" % (p.surname.upper(), p.given), "\n".join(lines))
    return c.result(m, "records_request", "demande de dossier à un hôpital français avec NIR")


def fr_belgique(c):
    sc = c.pick([BY_KEY[k] for k in ("duchenne", "absences", "rgd", "tics", "pc")])
    p = c.kid(ages=sc["ages"], holder=False)
    doc = c.pick(MD_FR)
    dest = C.EXTERNAL["liege"]
    niss = c.niss(p)
    lines = ["Cher Docteur Dambrain,", "",
             "Merci pour votre courrier au sujet de %s (NISS %s), arrivé%s au Québec cet été avec ses parents." % (
                 c.name(p, c.pick(["full", "SFN"])), niss, e_(p)),
             "Nous l'avons vu%s le %s. Votre diagnostic de %s est retenu." % (e_(p), C.fdate(c.earlier(3, 20), "long"), sc["dx_fr"])]
    c.t("diagnosis")
    if sc["lab"]:
        lines.append("Le bilan fait ici montre : %s." % sc["lab"][0])
        c.t("lab_result")
    if sc["med"]:
        lines.append("Nous poursuivons %s." % sc["med"][0])
        c.t("medication")
    lines += ["Auriez-vous l'imagerie cérébrale (CD ou lien sécurisé) ? Les parents n'ont que le compte rendu papier.", "",
              "Bien cordialement,", "", C.signature(doc, "fr")]
    atts = None
    if c.chance(0.5):
        atts = [pdf_att(c, "Consultation_%s_%s.pdf" % (slug(p.surname), p.dob.strftime("%Y%m%d")),
                        "Note de consultation – neuropédiatrie",
                        ["Patient : %s" % c.name(p, "SF"), "Né%s le : %s" % (e_(p), c.dob(p, "slash")), "NISS : %s" % niss,
                         "", "# Impression", sc["dx_fr"], "", "# Examen", sc["sx_fr"]], header=C.ORG_SHORT)]
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Votre patient%s %s" % (e_(p), p.surname.upper()), "\n".join(lines), atts=atts)
    return c.result(m, "records_be", "échange avec un neuropédiatre belge, NISS")


def fr_quick_note(c):
    sc = c.pick(SCENARIOS)
    p = c.kid(ages=sc["ages"])
    a, b = c.sample(MD_FR, 2)
    nm = c.name(p, c.pick(["full", "lower", "SFN"]))
    k = c.rng.randint(0, 2)
    if k == 0:
        txt = "Peux-tu voir %s cet après-midi ? La mère est inquiète : %s. Je suis en clinique TDAH jusqu'à 16 h." % (nm, sc["sx_fr"])
    elif k == 1:
        txt = "%s est à la réception sans rendez-vous, %s. Tu as une place à 14 h ?" % (nm, sc["sx_fr"])
    else:
        txt = "Petite question pour %s (%s) : tu maintiens le diagnostic de %s avant d'envoyer la lettre à l'école ?" % (nm, c.mrn(p), sc["dx_short_fr"])
    c.t("diagnosis")
    m = mk(c, staff(a), [staff(b)], c.pick(["Question rapide", "urgent svp", "?", "patient%s à voir" % e_(p)]),
           txt + "\n\n" + C.STAFF[a][2], layout=c.pick(["plain", "html"]))
    return c.result(m, "quick_note", "note rapide entre médecins au sujet d'un patient")


def fr_forward_clsc(c):
    sc = c.pick(SCENARIOS)
    p = c.kid(ages=sc["ages"])
    soc = c.pick(SOCIAL)
    cl = C.EXTERNAL["clsc"]
    inner = "\n".join(["Bonjour M. Gingras,", "",
                       "Je suis l'intervenante CLSC de la famille de %s (%s)." % (c.name(p, c.pick(["full", "SF"])), c.dob(p)),
                       soc[0], "La mère souhaite que le rendez-vous pour %s soit déplacé le matin." % sc["dx_short_fr"],
                       "Elle est joignable au %s seulement." % c.phone(p), "", "Annie Bergeron", cl[1], cl[3]])
    c.t("social_information", "diagnosis")
    fwd = forward_block(c, cl[0], cl[4], C.staff_addr("gingras"), earlier_dt(c), "Famille %s" % p.surname, inner, "fr")
    top = "\n".join([c.pick(["Lucie, peux-tu déplacer le rendez-vous en AM ? Voir plus bas.",
                             "Pour info avant la rencontre de jeudi.", "FYI – à mettre au dossier."]), "", "Stéphane", "", fwd])
    m = mk(c, staff("gingras"), [staff(c.pick(["rioux", "mercier"]))], "TR: Famille %s" % p.surname, top)
    return c.result(m, "forward", "transfert d'un message du CLSC sur la situation familiale")


def fr_attachment_only(c):
    sc = c.pick([s for s in SCENARIOS if s["ref"] in ("ot", "slp", "psy")])
    p = c.kid(ages=sc["ages"], holder=False)
    th = {"ot": "drouin", "slp": "turcotte", "psy": "nolet"}[sc["ref"]]
    doc = c.pick(MD_FR)
    kind = {"ot": "ergo", "slp": "ortho", "psy": "psycho"}[sc["ref"]]
    fname = c.pick(["Bilan_%s_%s_%s.pdf" % (kind, p.surname.upper(), p.given), "%s %s - rapport %s.pdf" % (p.surname, p.given, kind),
                    "rapport_%s_%s%s.pdf" % (kind, C.strip_accents(p.surname).lower().replace(" ", ""), p.given[0].lower())])
    c.name(p, "surname")
    lines = ["# Raison de la demande", sc["sx_fr"].capitalize() + ".", "", "# Outils utilisés",
             sc["test_fr"] or "Observation clinique et questionnaires parentaux", "", "# Conclusion",
             "Le profil est compatible avec %s." % sc["dx_fr"], "",
             "# Recommandations", "Suivi hebdomadaire pendant 12 semaines; reprise du bilan en juin."]
    c.t("diagnosis")
    if sc["test_fr"]:
        c.t("lab_result")
    att = pdf_att(c, fname, "Rapport d'évaluation en %s" % REFERRAL_FR[sc["ref"]], lines, header=C.ORG_SHORT)
    body = "\n".join([hello(c, C.STAFF[doc][2]), "", c.pick(["Voici mon rapport, tel que discuté.", "Rapport ci-joint.",
                                                            "Je t'envoie le bilan avant la rencontre avec les parents."]),
                      "", C.STAFF[th][2]])
    m = mk(c, staff(th), [staff(doc)], c.pick(["Rapport", "Bilan terminé", "rapport d'évaluation"]), body, atts=[att])
    return c.result(m, "report_attachment", "rapport d'évaluation joint, nom seulement dans le nom de fichier")


def fr_eml_parent(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "sommeil_tsa", "tdah", "tsaf", "mutisme", "anxiete")])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_FR)
    mom = p.mother
    pdt = earlier_dt(c, 1, 4)
    ptxt = "\n".join(["Bonjour Docteure,", "",
                      "Je vous écris parce que %s a encore fait une grosse crise à l'école hier; l'école nous a appelés pour venir %s chercher." % (
                          p.given, "le" if p.sex == "M" else "la"),
                      "Depuis le début de %s, %s." % (sc["med"][0] if sc["med"] else "l'année scolaire", sc["sx_fr"]),
                      "Est-ce qu'on peut avancer le rendez-vous ? Je suis vraiment à bout.", "",
                      "%s, maman de %s" % (mom, c.name(p, c.pick(["full", "lower"]))),
                      "Cell. %s" % c.phone(p)])
    c.t("diagnosis")
    if sc["med"]:
        c.t("medication")
    inner = Mail((mom, p.parent_email), [staff(doc)], "%s - crise à l'école" % p.given, ptxt,
                 _dt.datetime(pdt.year, pdt.month, pdt.day, pdt.hour, pdt.minute, tzinfo=C.tz_for(pdt.date())))
    body = "\n".join([hello(c, C.STAFF["nolet"][2]), "",
                      "Je te transfère le message de la mère (en pièce jointe). Pourrais-tu %s en priorité ? "
                      "On en discute à la rencontre de mardi." % c.pick(["la rappeler", "voir l'enfant"]),
                      "", C.STAFF[doc][2]])
    m = mk(c, staff(doc), [staff("nolet")], "TR: message d'une mère", body,
           atts=[eml_att(c.pick(["message.eml", "courriel mère.eml", "%s - crise.eml" % p.given]), inner)])
    return c.result(m, "forward_eml", "courriel d'un parent transféré en pièce jointe .eml")


def fr_zip_transfer(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "rgd", "tsaf", "t21")])
    p = c.kid(ages=(3, 17), holder=c.chance(0.6))
    doc = c.pick(MD_FR)
    dest = C.EXTERNAL["crdi"]
    from gen_docs import make_pdf, make_docx
    head = ["Nom : %s" % c.name(p, "SF"), "DDN : %s" % c.dob(p, "iso")]
    if p.nam:
        head.append("NAM : %s" % c.nam(p, c.pick(["plain", "space"])))
    rep = make_pdf("Rapport d'évaluation diagnostique", head + ["", "# Conclusion", sc["dx_fr"], "", "# Résultats",
                                                                 sc["test_fr"] or "voir rapports joints", sc["sx_fr"]])
    plan = make_docx("Plan de services – synthèse", head + ["Objectifs : communication fonctionnelle, autonomie à l'habillage, gestion des transitions."])
    c.t("diagnosis")
    if sc["test_fr"]:
        c.t("lab_result")
    base = slug(p.surname).upper()
    att = zip_att(c, "dossier_%s.zip" % base if c.chance(0.5) else "transfert_CRDI_%s.zip" % c.day.strftime("%Y%m%d"),
                  [("rapport_evaluation_%s.pdf" % base, rep), ("plan_services_%s.docx" % base, plan)])
    body = "\n".join([hello(c, "Mme Lapierre"), "",
                      "Suite à l'acceptation de la demande de services, voici les documents pour %s (archive protégée ; mot de passe envoyé par texto)." % p.given,
                      "Diagnostic confirmé en %s." % C.MOIS[c.earlier(20, 90).month - 1], "", bye(c), "", sig(c, "mercier")])
    m = mk(c, staff("mercier"), [(dest[0], dest[4])], "Transfert de dossier – CRDI", body, atts=[att], cc=[staff(doc)])
    return c.result(m, "records_zip", "transfert de dossier au centre de réadaptation (ZIP)")


def fr_vcard_family(c):
    sc = c.pick([BY_KEY[k] for k in ("tdl", "tsa", "rgd", "surdite", "fer")])
    p = c.kid(ages=sc["ages"])
    mom = p.mother
    g, s = mom.split(" ", 1)
    card = vcf_att(c, "%s.vcf" % slug(mom), fn=mom, n="%s;%s;;;" % (s, g), tel=p.phone, email=p.parent_email,
                   adr=";;%s;;;;" % c.address(p).replace(",", ""), note="Mère de %s (dossier %s)" % (p.full(), p.mrn),
                   tel_type="CELL")
    c.name(p, "full")
    c.mrn(p, "plain")
    body = "\n".join([hello(c, None), "",
                      "La famille de %s (suivi %s) a déménagé. Nouvelles coordonnées de la mère en pièce jointe ; "
                      "merci de mettre à jour le DME avant l'envoi des rappels." % (c.name(p, c.pick(["full", "sfn"])), sc["dx_short_fr"]),
                      "", sig(c, "rioux")])
    c.t("diagnosis")
    m = mk(c, staff("rioux"), [staff("dasilva"), staff(c.pick(["turcotte", "frechette"]))], "Nouvelles coordonnées", body, atts=[card])
    return c.result(m, "contact_update", "coordonnées de la famille (vCard) pour un enfant suivi")


def fr_certificate(c):
    p = c.kid(ages=(5, 17))
    doc = c.pick(MD_FR)
    d = c.earlier(0, 6)
    txt = "Je certifie que %s%s a été vu%s à notre clinique le %s %s." % (
        c.name(p, "full"), (" (né%s le %s)" % (e_(p), c.dob(p, "long"))) if c.chance(0.5) else "", e_(p), C.fdate(d, "long"),
        c.pick(["pour un rendez-vous médical", "pour un suivi médical", "pour une évaluation en développement", "pour un bilan sanguin"]))
    extra = c.pick(["", "", "L'absence en matinée est donc motivée.", "Retour en classe possible dès demain."])
    lines = ["Attestation de présence", "", txt, extra, "", C.signature(doc, "fr")]
    atts = None
    if c.chance(0.5):
        atts = [pdf_att(c, "attestation_%s.pdf" % d.strftime("%Y%m%d"), "Attestation de présence", [txt, extra, "", C.staff_name(doc, True)])]
        body = "\n".join([hello(c, None), "", "À la demande du parent, voici l'attestation de présence.", "", sig(c, "rioux")])
    else:
        body = "\n".join(lines)
    school = C.EXTERNAL[c.pick(["ecole_bouleaux", "ecole_sec"])]
    m = mk(c, staff("rioux") if atts else staff(doc), [(school[0], school[4])], "Attestation de présence", body, atts=atts)
    return c.result(m, "certificate", "attestation de présence à un rendez-vous médical")


def fr_mother_postpartum(c):
    mom = c.adult_holder((20, 42), sex="F")
    baby_given = c.pick(C.KID_GIVEN_F + C.KID_GIVEN_M)
    doc = c.pick(MD_FR)
    cl = C.EXTERNAL["clsc"]
    epds = c.rng.randint(14, 22)
    lines = [hello(c, "Mme Bergeron"), "",
             "J'ai vu ce matin son bébé, %s (%d semaines), pour la visite de routine. C'est la mère qui m'inquiète." % (
                 baby_given, c.rng.randint(6, 14)),
             "",
             "Mère : %s" % c.name(mom, c.pick(["full", "SF"])),
             "DDN : %s  Sexe : %s" % (c.dob(mom), mom.sex),
             "NAM : %s" % c.nam(mom),
             "Tél. : %s" % c.phone(mom), "",
             "Échelle d'Édimbourg (EPDS) : %d/30, sans idéation suicidaire active. Pleurs quotidiens, insomnie, isolement." % epds,
             "Impression : dépression post-partum %s." % c.pick(["modérée", "probable", "à confirmer"]),
             "Le conjoint travaille à l'extérieur (%s) ; peu de réseau." % c.pick(["chantier à la Baie-James", "camionneur", "horaire de nuit"]),
             "", "Elle accepte une référence en santé mentale périnatale et une visite à domicile. Pouvez-vous la contacter cette semaine ?",
             "", bye(c), "", sig(c, doc, disclaimer=True)]
    c.t("diagnosis", "lab_result", "social_information")
    m = mk(c, staff(doc), [(cl[0], cl[4])], "Référence – santé mentale périnatale", "\n".join(lines))
    return c.result(m, "referral_parent", "référence de la mère en santé mentale périnatale")


def fr_imaging(c):
    sc = c.pick([BY_KEY[k] for k in ("rgd", "absences", "tics", "pc", "duchenne")])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_FR)
    lines = ["Demande d'IRM cérébrale sous sédation", "",
             "Patient : %s   Dossier HRSA : %s" % (c.name(p, c.pick(["SF", "SFN"])), c.mrn(p, hosp=True)),
             "DDN : %s   Poids : %d kg" % (c.dob(p), c.rng.randint(11, 40)),
             "Indication : %s ; %s." % (sc["dx_fr"], c.pick(["macrocéphalie relative", "examen neurologique asymétrique", "régression"])),
             "Question clinique : malformation ? anomalie de la substance blanche ?",
             "Sédation : oui (%s)." % c.pick(["collaboration impossible", "âge", "TSA – hypersensibilité au bruit"]),
             "Urgence : %s" % c.pick(["semi-urgent (< 4 semaines)", "électif (< 3 mois)"]), "", sig(c, doc, "fr", disclaimer=False)]
    c.t("diagnosis")
    m = mk(c, staff(doc), [ext("radiology")], "Demande IRM sous sédation", "\n".join(lines))
    return c.result(m, "imaging_request", "demande d'IRM sous sédation")


def fr_interpreter(c):
    sc = c.pick([BY_KEY[k] for k in ("tdl", "rgd", "tsa_susp", "surdite", "fer")])
    p = c.kid(ages=sc["ages"], holder=False)
    lang_ = c.pick(["dari", "arabe (levantin)", "espagnol", "tigrinya", "ourdou", "créole haïtien"])
    d = c.later(5, 25)
    lines = [hello(c, None), "", "Nous avons besoin d'un·e interprète en %s :" % lang_, "",
             "Date : %s, %s (durée 90 min)" % (C.fdate(d, "long"), c.slot()),
             "Lieu : %s, salle 4" % C.ORG_SHORT,
             "Usager : %s, %s" % (c.name(p, "full"), c.age(p)),
             "Type de rencontre : annonce de diagnostic (%s)" % sc["dx_short_fr"],
             "Contexte : %s" % c.pick([SOCIAL[4][0], "Famille arrivée récemment, père seul avec trois enfants.",
                                       "La mère ne lit pas le français ; prévoir une traduction à vue du rapport."]), "",
             "Merci de confirmer le nom de l'interprète.", "", sig(c, "rioux")]
    c.t("diagnosis", "social_information")
    m = mk(c, staff("rioux"), [ext("interp")], "Demande d'interprète – %s" % lang_.split()[0], "\n".join(lines))
    return c.result(m, "interpreter", "demande d'interprète pour annonce de diagnostic")


def fr_noshow(c):
    p = c.kid(ages=(1, 15))
    doc = c.pick(MD_FR)
    lines = [hello(c, C.STAFF[doc][2]), "",
             "%s ne s'est pas présenté%s à %s rendez-vous de ce matin (%s). C'est la %s absence." % (
                 c.name(p, c.pick(["full", "SFN", "init"])), e_(p), "son", c.pick(["suivi TDAH", "évaluation", "suivi de croissance", "vaccination"]),
                 c.pick(["2e", "3e"])),
             "J'ai laissé un message au %s et au %s (père)." % (c.phone(p), "%s 555-01%02d" % (p.phone[:3], c.rng.randint(0, 99))),
             "Selon la politique, on ferme le dossier après une 3e absence sans motif. Je ferme ou tu veux qu'on relance ?",
             "", "Lucie"]
    if c.chance(0.5):
        lines.insert(4, "Adresse au dossier : %s (courrier retourné le mois dernier)." % p.address)
    m = mk(c, staff("rioux"), [staff(doc)], c.pick(["Absence au rdv", "2e absence – que fait-on ?", "No-show ce matin"]), "\n".join(lines))
    return c.result(m, "no_show", "absence au rendez-vous avec coordonnées de la famille")


def fr_subject_only(c):
    sc = c.pick([BY_KEY[k] for k in ("absences", "duchenne", "t21", "fer", "croissance", "plomb")])
    p = c.kid(ages=sc["ages"])
    a, b = c.sample(MD_FR, 2)
    subj = "RE: %s – %s" % (c.name(p, c.pick(["SFN", "SF", "full"])), c.pick(["résultats", "suivi", "EEG", "bilan"]))
    lines = [c.pick(["Oui, vu.", "D'accord avec toi.", "Merci."]), ""]
    if sc["lab"]:
        lines.append("%s, donc ça confirme %s." % (sc["lab"][0], sc["dx_fr"]))
        c.t("lab_result")
    else:
        lines.append("%s, donc ça confirme %s." % (sc["test_fr"], sc["dx_fr"]))
        c.t("lab_result")
    c.t("diagnosis")
    if sc["med"]:
        lines.append("On commence %s, je vois la famille %s." % (sc["med"][0], C.fday(c.later(1, 10))))
        c.t("medication")
    else:
        lines.append("Je réfère en %s cette semaine." % REFERRAL_FR[sc["ref"]])
    lines += ["", C.STAFF[a][2]]
    orig = "Tu as vu les résultats ? Je pense qu'il faut agir rapidement.\n\n%s" % C.STAFF[b][2]
    lines += ["", quoted_reply(c, orig, C.staff_name(b), C.staff_addr(b), C.staff_addr(a), earlier_dt(c, 0, 1), subj[4:], "fr")]
    m = mk(c, staff(a), [staff(b)], subj, "\n".join(lines), reply=True)
    return c.result(m, "reply_subject_name", "réponse entre médecins, nom du patient dans l'objet seulement")


def fr_psi(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tsaf", "tdah", "pc", "t21", "mutisme")])
    p = c.kid(ages=(4, 14))
    d = c.later(7, 30)
    sw = "gingras"
    lines = [hello(c, None), "",
             "Vous êtes invités à la rencontre du plan de services individualisé (PSI) de %s (%s)." % (
                 c.name(p, "full"), c.dob(p)),
             "",
             "Date : %s à %s" % (C.fday(d, "fr", True), c.slot()),
             "Lieu : %s, salle de conférence (ou Teams, lien à venir)" % C.ORG_SHORT, "",
             "Participants : parents, école, CRDI, CLSC, notre équipe.",
             "Rappel : %s ; les besoins principaux touchent %s." % (sc["dx_fr"], sc["sx_fr"])]
    c.t("diagnosis")
    if c.chance(0.5):
        lines.append("Confidentiel : %s" % c.pick(SOCIAL)[0])
        c.t("social_information")
    lines += ["", "Merci de confirmer votre présence.", "", sig(c, sw)]
    to = [ext("ecole_bouleaux"), ext("crdi"), ext("clsc")]
    m = mk(c, staff(sw), to, "Rencontre PSI – %s" % p.given, "\n".join(lines))
    return c.result(m, "case_conference", "invitation à une rencontre de plan de services")


def fr_transition(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tdah_vyv", "anxiete", "tics", "obesite", "absences")])
    p = c.kid(ages=(17, 24), holder=True)
    doc = c.pick(MD_FR)
    lines = ["Chère collègue, cher collègue,", "",
             "Je vous adresse %s, que nous suivons depuis l'enfance et qui atteint l'âge de transfert vers les services adultes." % (
                 c.name(p, "full")),
             "", "DDN : %s  Sexe : %s" % (c.dob(p), p.sex)]
    if p.nam:
        lines.append("NAM : %s" % c.nam(p))
    lines += ["Diagnostics : %s." % sc["dx_fr"]]
    c.t("diagnosis")
    if sc["med"]:
        lines.append("Traitement actuel : %s." % sc["med"][0])
        c.t("medication")
    if sc["lab"]:
        lines.append("Dernier bilan : %s." % sc["lab"][0])
        c.t("lab_result")
    lines += ["", "Suivi souhaité : médecin de famille et, au besoin, psychiatrie adulte. Le résumé complet suit par la poste.",
              "", "Confraternellement,", "", C.signature(doc, "fr")]
    m = mk(c, staff(doc), [("GMF des Trois-Lacs", "accueil@gmf-troislacs.example")], "Transfert vers les services adultes", "\n".join(lines))
    return c.result(m, "transition", "lettre de transfert vers les services adultes")


TEMPLATES = [fr_france, fr_belgique, fr_quick_note, fr_forward_clsc, fr_attachment_only, fr_eml_parent, fr_zip_transfer,
             fr_vcard_family, fr_certificate, fr_mother_postpartum, fr_imaging, fr_interpreter, fr_noshow, fr_subject_only,
             fr_psi, fr_transition]


def fr_ontario(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tdah", "tdl", "surdite", "absences", "t21")])
    p = c.kid(ages=sc["ages"], holder=False)
    doc = c.pick(MD_FR)
    dest = C.EXTERNAL["ottawa"]
    lines = ["Bonjour Dre Langford,", "",
             "La famille de %s (née le %s) a déménagé d'Ottawa dans notre secteur cet été." % (c.name(p, "full"), c.dob(p))
             if p.sex == "F" else
             "La famille de %s (né le %s) a déménagé d'Ottawa dans notre secteur cet été." % (c.name(p, "full"), c.dob(p)),
             "Carte Santé de l'Ontario (ancienne) : %s" % c.ohn(),
             "La carte RAMQ n'est pas encore émise (délai de carence) ; les parents nous ont remis votre dernier rapport.",
             "", "Selon ce rapport, %s est suivi%s chez vous pour %s." % (p.given, e_(p), sc["dx_fr"])]
    c.t("diagnosis")
    if sc["med"] and c.chance(0.7):
        lines.append("Traitement en cours : %s." % sc["med"][0])
        c.t("medication")
    lines += ["Pourriez-vous nous faire parvenir les notes de consultation et les résultats d'examens ? Le consentement signé est joint.",
              "", "Merci beaucoup,", "", C.signature(doc, "fr")]
    m = mk(c, staff(doc), [(dest[0], dest[4])], "Transfert de suivi – %s" % p.surname, "\n".join(lines))
    return c.result(m, "transfer_ontario", "transfert de suivi depuis l'Ontario avec numéro de carte santé")


def fr_solidarite(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "tsaf", "rgd", "pc", "anxiete", "t21")])
    p = c.kid(ages=(17, 24), holder=c.chance(0.7))
    doc = c.pick(MD_FR)
    sw = "gingras"
    lines = ["# Rapport médical – demande au programme de solidarité sociale", "Nom : %s" % c.name(p, c.pick(["SF", "full"])),
             "Date de naissance : %s" % c.dob(p), "NAS : %s" % c.sin(c.pick(["space", "fw", "hyph"]))]
    if p.nam:
        lines.append("NAM : %s" % c.nam(p))
    lines += ["", "# Diagnostic", sc["dx_fr"], "", "# Limitations fonctionnelles", sc["sx_fr"] + " ; incapacité à occuper un emploi régulier.",
              "", "# Situation", c.pick(["Vit chez sa mère, seule soutien de famille ; aucun revenu depuis la fin des prestations familiales.",
                                         "Hébergement en ressource intermédiaire depuis la fin du placement (majorité).",
                                         "Vit en appartement supervisé ; dettes de loyer, suivi par le CLSC."]),
              "", "Médecin : %s" % C.staff_name(doc, True)]
    c.t("diagnosis", "social_information")
    att = pdf_att(c, "rapport_medical_%s.pdf" % C.strip_accents(p.surname).lower().replace(" ", ""), "Rapport médical", lines, header=C.ORG_SHORT)
    body = "\n".join([hello(c, None), "", "Veuillez trouver ci-joint le rapport médical rempli par %s pour la demande de %s." % (
        C.art(doc), p.given), "Le consentement de l'usager est au dossier.", "", sig(c, sw, disclaimer=True)])
    m = mk(c, staff(sw), [("Évaluation médicale – solidarité sociale", "evaluation.medicale@solidarite-sociale.example")],
           "Rapport médical – demande de solidarité sociale", body, atts=[att])
    return c.result(m, "income_support_form", "rapport médical pour une demande d'aide sociale avec NAS")


def fr_mrn_list(c):
    doc = c.pick(MD_FR)
    labs = [("ferritine 5, Hb 97", "carence en fer"), ("TSH 9,8", "hypothyroïdie"), ("plombémie 0,41", "exposition au plomb"),
            ("anti-tTG 92", "maladie cœliaque probable"), ("CK 11 300", "DMD ?"), ("vit. D 24 nmol/L", "carence en vitamine D"),
            ("HbA1c 6,4 %", "prédiabète"), ("ALT 104", "stéatose ?")]
    rows = []
    for i in range(c.rng.randint(4, 7)):
        k = c.kid(ages=(1, 15), holder=False)
        lab, dx = c.pick(labs)
        rows.append("%s  %s  → %s" % (c.mrn(k, c.pick(["plain", "nopre", "fw", "dot", "space"])), lab, dx))
    c.t("lab_result", "diagnosis")
    text = "\n".join(["Amélie,", "", "Résultats anormaux de la semaine, merci de prévoir les rendez-vous de contrôle :", ""] + rows +
                     ["", "Merci", C.STAFF[doc][2]])
    m = mk(c, staff(doc), [staff("frechette")], "Labos anormaux – semaine", text, layout="plain")
    return c.result(m, "lab_list", "liste de résultats anormaux par numéro de dossier")


TEMPLATES = TEMPLATES + [fr_ontario, fr_solidarite, fr_mrn_list]
