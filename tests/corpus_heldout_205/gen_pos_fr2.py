"""Messages positifs (confidentiels) en français - partie 2."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail, assemble
from gen_pos_fr import TD, PROG_FR, e_, fr1, il, nam_id, sp


# ---------------------------------------------------------------- F13 réponse avec citation
def f_reponse(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    md = ctx.staff("fr", rng.choice([1, 2, 10]))
    inf = ctx.staff("fr", rng.choice([3, 16]))
    when = ctx.date()
    prev = when - TD(minutes=rng.randint(15, 240))
    nm = ctx.name_form(p, "fr", ["lower", "initial_surname", "titled", "last_first", "full"])
    prog = rng.choice(PROG_FR[:3])
    orig = """Bonjour,

%s (UV-%02d) : %s. %s. Actuellement sous %s.

On ajuste? Les ions de la semaine passée étaient normaux (K 4,1).

%s""" % (nm, rng.randint(1, 28), prog[1], prog[2](rng).capitalize(),
         rng.choice(["furosémide 40 mg die", "amlodipine 5 mg et HCTZ 12,5 mg", "salbutamol PRN et tiotropium"]), inf["given"])
    rep = rng.choice(["Oui, on monte à " + rng.choice(prog[3]) + ". Ions vendredi. Rappelle-moi si pas d'amélioration.",
                      "ok pour " + rng.choice(prog[3]) + ", on revoit lundi.",
                      "D'accord. Si ça se détériore ce soir -> urgence."])
    text = "%s\n\n%s\n\n%s\n%s\n" % (rep, md["given"], ctx.reply_header("fr", inf, prev), ctx.quote(orig))
    return Mail("fr", "reponse", "réponse d'un médecin citant le message de l'infirmière", "RE: " + rng.choice(["ajustement?", "patient UV", "question"]),
                sp(md), [sp(inf)], text=text, date=when, headers=["In-Reply-To: <%x@%s>" % (rng.getrandbits(40), C.DOM)],
                types=["patient_name", "diagnosis", "lab_result", "medication"], names=[nm])


# ---------------------------------------------------------------- F14 transfert d'un courriel de la famille
def f_transfert_famille(ctx):
    rng = ctx.rng
    p = ctx.patient("fr", 70, 94)
    inf = ctx.staff("fr", rng.choice([3, 16]))
    md = ctx.staff("fr", rng.choice([1, 2]))
    when = ctx.date()
    fw = when - TD(hours=rng.randint(1, 6))
    fille = rng.choice(["Chantale", "Lyne", "Marco", "Sylvain"])
    mail_fam = "%s.%s@courriel.example" % (C.strip_accents(fille).lower(), C.strip_accents(p.surname).lower().replace(" ", ""))
    fam = """Bonjour,

Je suis %s, %s de %s. Depuis deux jours %s est plus essoufflé%s, ses chevilles ont enflé et la balance indique %s kg ce matin (3 kg de plus que vendredi). %s a bien pris son Lasix. Est-ce qu'on l'amène à l'urgence?

Adresse : %s
Mon cellulaire : 514-555-01%02d

%s""" % (fille, "la fille" if fille in ("Chantale", "Lyne") else "le fils", p.titled_full("fr"), il(p), e_(p),
         fr1(rng.uniform(68, 96)), il(p).capitalize(), p.address, rng.randint(0, 99), fille)
    text = "%s %s, je te transfère. Patient%s IC de l'UV. Je rappelle la famille tout de suite.\n\n%s\n%s" % (
        ctx.dr(md), md["surname"], e_(p), ctx.fwd_block("fr", (fille + " " + p.surname, mail_fam), "uv@" + C.DOM, fw, "Mon père / ma mère"), fam)
    text = text.replace("Mon père / ma mère", "Ma mère" if p.sex == "F" else "Mon père")
    return Mail("fr", "transfert", "courriel de la famille transféré au médecin (essoufflement, gain de poids)",
                "TR: " + ("Ma mère" if p.sex == "F" else "Mon père"), sp(inf), [sp(md)], text=text + ctx.sig(inf, "fr"), date=when,
                types=["patient_name", "diagnosis", "lab_result", "medication", "patient_contact"], names=[p.titled_full("fr")])


# ---------------------------------------------------------------- F15 formulaire d'assurance avec NAS
def f_assurance(ctx):
    rng = ctx.rng
    p = ctx.patient("fr", 30, 62)
    sin = C.make_sin(rng)
    md = ctx.staff("fr", rng.choice([1, 2]))
    sec = ctx.staff("fr", 4)
    when = ctx.date()
    lines = ["## Assuré(e)", "Nom : %s" % p.last_first(), "Date de naissance : %s" % C.fmt_date(p.dob, "dmy"),
             "NAS : %s" % C.fmt_sin(sin, rng.choice(["space", "dash", "plain"])),
             "No de certificat : %d" % rng.randint(100000, 999999),
             "## Déclaration du médecin traitant",
             "Diagnostic : cardiomyopathie ischémique post-infarctus, FEVG 35 %.",
             "Suivi : unité virtuelle de soins (télésurveillance à domicile) depuis le %s." % (when.date() - TD(days=28)).isoformat(),
             "Médication : ticagrélor 90 mg BID, AAS 81 mg, bisoprolol 5 mg, sacubitril/valsartan 49/51 mg BID, rosuvastatine 20 mg.",
             "Limitations : aucun effort > 10 kg, pas de conduite de véhicule lourd pour 3 mois.",
             "L'assuré(e) n'a actuellement aucun revenu et a demandé des prestations de maladie de l'assurance-emploi.",
             "Date prévue de retour au travail : %s" % (when.date() + TD(days=rng.randint(40, 110))).isoformat(),
             "Médecin : %s" % md["name"]]
    pdf = D.build_pdf("Assurance salaire - Déclaration du médecin traitant", lines, header="Assurances Boréal - formulaire DMT-3")
    fn = rng.choice(["DMT_%s.pdf" % C.strip_accents(p.surname), "formulaire_assurance_signé.pdf"])
    text = "Bonjour,\n\nVous trouverez ci-joint la déclaration du médecin traitant dûment remplie, en lien avec votre lettre du %s.\n\n%s\nSecrétariat médical, unité virtuelle\n" % (
        C.fmt_date(when.date() - TD(days=10), "fr_long"), sec["name"])
    return Mail("fr", "formulaire_assureur", "formulaire d'assurance salaire avec NAS et diagnostic",
                "Dossier %d - déclaration du médecin traitant" % rng.randint(300000, 899999), sp(sec),
                [("Réclamations", "reclamations@" + C.INSURER_DOM)], text=text, date=when, atts=[Att(fn, "application/pdf", pdf)],
                types=["patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication", "social_information"],
                ids=[("ca_sin", sin)], names=[p.last_first()])


# ---------------------------------------------------------------- F16 signalement DPJ (enfant)
def f_dpj(ctx):
    rng = ctx.rng
    p = ctx.holder("child")
    ts = ctx.staff("fr", 6)
    md = ctx.staff("fr", 11)
    when = ctx.date()
    a1c = fr1(rng.uniform(10.4, 12.9))
    text = """Bonjour,

Suite à notre conversation téléphonique de ce matin, voici les éléments écrits du signalement.

Enfant : %s
%s
Adresse : %s

L'enfant a un diabète de type 1 et est suivi%s par télésurveillance (capteur de glucose en continu) depuis le printemps. Depuis trois semaines, aucune donnée n'est transmise. Deux visites à l'urgence pour acidocétose (pH 7,1), HbA1c %s %%. Les doses d'insuline ne sont pas données le soir selon l'enfant. Les parents sont séparés; la mère dit ne plus pouvoir payer les capteurs et le père ne répond pas. Trois rendez-vous manqués en clinique.

L'endocrinologue traitante, Dre %s, est en copie et disponible pour vous parler.

""" % (p.last_first(), ctx.identity(p, "fr"), p.address, e_(p), a1c, md["surname"]) + ctx.sig(ts, "fr")
    return Mail("fr", "signalement_dpj", "signalement à la protection de la jeunesse pour un enfant suivi à domicile",
                rng.choice(["Signalement - suite à l'appel", "Signalement DPJ - éléments écrits"]), sp(ts),
                [("Réception des signalements", "signalements@dpj-region.example")], cc=[sp(md)], text=text, date=when,
                headers=["Sensitivity: Private"],
                types=["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis", "lab_result", "medication", "social_information"],
                ids=nam_id(p), nams=[p], names=[p.last_first()])


# ---------------------------------------------------------------- F17 note de travail social
def f_ts(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    ts = ctx.staff("fr", 6)
    inf = ctx.staff("fr", rng.choice([0, 3, 16]))
    when = ctx.date()
    situ = rng.choice(["a reçu un avis d'expulsion pour la fin du mois; retard de loyer depuis l'hospitalisation. Hydro-Québec a coupé le courant mardi, la tablette et la balance ne peuvent plus être rechargées",
                       "vit seul%s depuis l'hébergement de son conjoint en CHSLD; seul revenu : aide sociale, saute des repas pour payer ses médicaments" % e_(p),
                       "a dévoilé de la violence de la part de son fils qui habite au sous-sol (prend le chèque de pension, cris, menaces); plan de sécurité fait, ne veut pas de plainte pour l'instant"])
    nm = ctx.name_form(p, "fr", ["titled", "full", "last_first", "titled_full"])
    text = """Bonjour %s,

Suivi pour %s (MPOC et diabète, UV depuis la semaine dernière). Lors de ma visite à domicile aujourd'hui, %s %s.

Démarches faites : appel au propriétaire, demande au programme d'aide d'urgence, référence au soutien à domicile du CLSC. Merci de ne pas donner congé du programme avant qu'on ait un plan, je vous reviens vendredi.

%s""" % (inf["given"], nm, il(p), situ, ts["given"]) + ctx.sig(ts, "fr")
    return Mail("fr", "travail_social", "suivi de la travailleuse sociale sur la situation d'un patient",
                rng.choice(["Visite à domicile - situation sociale", "Suivi TS", "re: situation à domicile"]), sp(ts), [sp(inf)],
                text=text, date=when, types=["patient_name", "diagnosis", "social_information"], names=[nm])


# ---------------------------------------------------------------- F18 patient français (NIR)
def f_nir(ctx):
    rng = ctx.rng
    p = ctx.patient("frfr", 25, 70)
    nir = C.make_nir(rng, p.dob, p.sex)
    sec = ctx.staff("fr", 4)
    when = ctx.date()
    text = """Madame, Monsieur,

Dans le cadre de l'Entente en matière de sécurité sociale entre la France et le Québec, nous vous transmettons la demande de prise en charge pour :

%s, né%s le %s
NIR : %s
Motif : hospitalisation pour pneumonie COVID-19 puis suivi à domicile par oxymétrie (unité virtuelle) du %s au %s.
Traitement : dexaméthasone 6 mg x 10 jours, oxygénothérapie à domicile 2 L/min.

Le formulaire de liaison dûment signé suit par la poste. Pour toute question : 450-555-0152.

""" % (p.titled_full("fr"), e_(p), C.fmt_date(p.dob, "fr_long"), C.fmt_nir(nir, rng.choice(["space", "plain", "dot"])),
       (when.date() - TD(days=20)).strftime("%d/%m/%Y"), (when.date() - TD(days=6)).strftime("%d/%m/%Y")) + ctx.sig(sec, "fr")
    return Mail("fr", "entente_france", "demande de prise en charge pour un assuré français (NIR)",
                "Demande de prise en charge - Entente France-Québec", sp(sec), [("CPAM - relations internationales", "international@cpam-exemple.example")],
                text=text, date=when, types=["patient_name", "date_of_birth", "fr_nir", "diagnosis", "medication"],
                ids=[("fr_nir", nir)], names=[p.titled_full("fr")])


# ---------------------------------------------------------------- F19 patient belge (NISS)
def f_niss(ctx):
    rng = ctx.rng
    p = ctx.patient("be", 25, 75)
    niss = C.make_niss(rng, p.dob, p.sex)
    sec = ctx.staff("fr", 4)
    md = ctx.staff("fr", 1)
    when = ctx.date()
    lines = ["Bénéficiaire : %s" % p.last_first(), "Numéro de registre national (NISS) : %s" % C.fmt_niss(niss, rng.choice(["std", "plain", "space"])),
             "Date de naissance : %s" % C.fmt_date(p.dob, "dmy"),
             "Période de soins : du %s au %s" % ((when.date() - TD(days=24)).isoformat(), when.date().isoformat()),
             "Nature des soins : hospitalisation (insuffisance cardiaque décompensée) puis télésurveillance à domicile.",
             "Médication au congé : furosémide 40 mg, bisoprolol 2,5 mg, empagliflozine 10 mg.",
             "Montant total facturé : voir relevé joint (CAD).", "Signature : %s" % md["name"]]
    pdf = D.build_pdf("Attestation de soins reçus à l'étranger", lines, header=C.HOSP)
    fn = rng.choice(["attestation_soins_%s.pdf" % p.surname, "Attestation soins - mutualité.pdf"])
    text = "Madame, Monsieur,\n\nÀ la demande de votre affilié%s, veuillez trouver ci-joint l'attestation de soins reçus au Québec.\n\nSalutations distinguées,\n" % e_(p) + ctx.sig(sec, "fr")
    return Mail("fr", "attestation_belgique", "attestation de soins pour un patient belge (NISS)",
                "Attestation de soins - affilié%s" % e_(p), sp(sec), [("Mutualité des Deux-Rives", "etranger@mutualite-2r.example")],
                text=text, date=when, atts=[Att(fn, "application/pdf", pdf)],
                types=["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"],
                ids=[("be_niss", niss)], names=[p.last_first()])


# ---------------------------------------------------------------- F20 nom seulement dans l'objet
def f_objet(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    inf = ctx.staff("fr", rng.choice([3, 16]))
    when = ctx.date()
    subj = rng.choice(["%s - lectures TA semaine %d" % (p.titled("fr"), rng.randint(2, 5)), "%s : sommaire hebdo" % p.last_first(),
                       "sommaire %s" % p.lower()])
    nm = subj.split(" - ")[0].split(" : ")[0].replace("sommaire ", "")
    text = """Bonjour Dre %s,

Moyenne des 7 derniers jours : 148/89 (cible < 130/80), 12 lectures sur 14 transmises. L'amlodipine a été augmentée de 5 à 10 mg lundi, pas d'œdème pour l'instant. Aucun céphalée rapportée. HTA avec protéinurie : souhaitez-vous ajouter le périndopril avant la prochaine visite?

Prochain sommaire dans une semaine.
""" % rng.choice(["Lemay", "Sauvé", "Fontaine"]) + ctx.sig(inf, "fr")
    text = text.replace("Aucun céphalée", "Aucune céphalée")
    return Mail("fr", "sommaire_hebdo", "sommaire hebdomadaire, patient nommé seulement dans l'objet", subj, sp(inf),
                [("Clinique Dre Sauvé", "accueil@gmf-saules.example")], text=text, date=when,
                types=["patient_name", "lab_result", "medication", "diagnosis"], names=[nm])


# ---------------------------------------------------------------- F21 alerte jointe (.eml)
def f_eml(ctx, idx):
    rng = ctx.rng
    p = ctx.holder("senior")
    inf = ctx.staff("fr", rng.choice([3, 16, 0]))
    when = ctx.date()
    at = when - TD(hours=rng.randint(1, 4))
    inner_text = """Télévigie - alerte ROUGE

Patient : %s
%s
Programme : Insuffisance cardiaque
Mesure : poids %s kg, +%s kg en 48 h (%s)
Questionnaire : essoufflement au repos - OUI

Cette alerte doit être prise en charge dans les 30 minutes.
""" % (p.last_first(), ctx.identity(p, "fr", dob_style="iso"), fr1(rng.uniform(62, 104)), fr1(rng.uniform(2.2, 3.6)), at.strftime("%H:%M"))
    inner = Mail("fr", "alerte", "", "[ALERTE ROUGE] Gain de poids - %s" % p.surname.upper(),
                 ("Télévigie - Alertes", "alertes@" + C.VENDOR_DOM), [("Infirmières UV", "uv-infirmieres@" + C.DOM)],
                 text=inner_text, date=at, form=rng.choice(["plain", "alt"]))
    inner_bytes = assemble(inner, idx + 5000, rng, C.VENDOR_DOM, inner=True)
    text = """Bonjour,

Alerte ci-jointe. %s ne répond pas (3 appels, boîte vocale pleine). %s vit seul%s au %s. Est-ce que l'infirmière du soutien à domicile peut passer ce matin? Sans nouvelles d'ici midi, on appelle le 911.

Ligne de l'UV : 450-555-0146
""" % (p.titled_full("fr"), il(p).capitalize(), e_(p), p.address) + ctx.sig(inf, "fr")
    return Mail("fr", "alerte_transferee", "alerte jointe en pièce .eml avec demande de visite à domicile",
                rng.choice(["URGENT - visite à domicile demandée", "TR: [ALERTE ROUGE] pas de réponse"]), sp(inf),
                [("Accueil CLSC", "accueil@" + C.CLSC_DOM)], text=text, date=when,
                atts=[Att("alerte %s.eml" % at.strftime("%Hh%M"), "message/rfc822", inner_bytes)],
                types=["patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis", "patient_contact", "social_information"],
                ids=nam_id(p), nams=[p], names=[p.titled_full("fr"), p.last_first()])


# ---------------------------------------------------------------- F22 ZIP de rapports DOCX
def f_zip(ctx):
    rng = ctx.rng
    inf = ctx.staff("fr", 0)
    when = ctx.date()
    members, names = [], []
    for i in range(rng.randint(2, 4)):
        p = ctx.patient("fr")
        prog = rng.choice(PROG_FR)
        paras = ["Patient : %s" % p.last_first(), "Dossier : %s" % C.fmt_mrn(p.mrn, "plain"), "Programme : %s" % prog[1],
                 "Semaine du %s" % (when.date() - TD(days=7)).isoformat(), "Dernière mesure : %s" % prog[2](rng),
                 "Changement : %s" % rng.choice(prog[3])]
        members.append(("rapport_hebdo_%s.docx" % C.strip_accents(p.surname).upper(),
                        D.build_docx("Rapport hebdomadaire de télésurveillance", paras)))
        names.append(p.last_first())
    z = D.build_zip(members)
    text = "Bonjour,\n\nLes rapports hebdomadaires de vos patients inscrits sont dans le fichier compressé (%d rapports).\n\nBonne semaine,\n%s\n" % (len(members), inf["name"])
    return Mail("fr", "rapports_zip", "archive ZIP de rapports hebdomadaires par patient", "Rapports hebdomadaires UV",
                sp(inf), [("GMF des Saules", "secretariat@gmf-saules.example")], text=text, date=when,
                atts=[Att("rapports_UV_%s.zip" % when.strftime("%Y%m%d"), "application/zip", z)],
                types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"], names=names)


# ---------------------------------------------------------------- F23 vCard d'un patient
def f_vcard(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    inf = ctx.staff("fr", rng.choice([3, 16]))
    tech = ctx.staff("fr", 5)
    when = ctx.date()
    parts = p.address.split(", ")
    town_prov = parts[-1]
    note = rng.choice(["Nouvelle admission MPOC - saturomètre + tablette", "IC - balance + tensiomètre, 2e étage sans ascenseur",
                       "Diabète - glucomètre, chien méchant dans la cour"])
    vcf = D.build_vcf(p.given, p.surname, tel=p.phone, adr=(", ".join(parts[:-1]), town_prov.split(" (")[0], "QC", town_prov.split(") ")[1]),
                      note=note, tel_type="HOME")
    text = "%s, fiche contact pour la livraison de demain ci-jointe. %s.\n\n%s\n" % (tech["given"], note, inf["given"])
    return Mail("fr", "livraison_equipement", "fiche contact d'un patient pour une livraison d'équipement", "Livraison demain",
                sp(inf), [sp(tech)], text=text, date=when,
                atts=[Att("%s %s.vcf" % (p.given, p.surname), "text/x-vcard", vcf, charset="utf-8")],
                types=["patient_name", "patient_contact", "diagnosis"], names=[p.full()])


# ---------------------------------------------------------------- F24 post-partum
def f_postpartum(ctx):
    rng = ctx.rng
    p = ctx.holder("young_f")
    inf = ctx.staff("fr", rng.choice([3, 16]))
    md = ctx.staff("fr", 1)
    when = ctx.date()
    s, d = rng.randint(152, 170), rng.randint(100, 114)
    nm = ctx.name_form(p, "fr", ["full", "last_first", "titled_full"])
    text = """Dr %s,

Programme TA post-partum : %s
%s

J%d post-partum (prééclampsie, césarienne). Lectures ce matin %d/%d et %d/%d, céphalée 4/10, pas de troubles visuels, pas de douleur épigastrique. Labétalol 200 mg TID, dernière dose à 8 h. Nifédipine XL pas encore débutée.

Selon le protocole, c'est une alerte jaune : appel d'un prescripteur dans l'heure. Elle est joignable maintenant.

%s""" % (md["surname"], nm, ctx.identity(p, "fr"), rng.randint(3, 9), s, d, s - 5, d - 3, inf["given"])
    return Mail("fr", "alerte", "escalade de tension artérielle post-partum", rng.choice(["TA post-partum - alerte jaune", "PP TA - appel requis"]),
                sp(inf), [sp(md)], text=text, date=when, headers=["Importance: high"],
                types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication"],
                ids=nam_id(p), nams=[p], names=[nm])


TEMPLATES_FR = [
    "f_alerte", "f_admission", "f_liste", "f_releve", "f_pret", "f_messager", "f_teleconsult", "f_csv_peds",
    "f_pharmacie", "f_resume", "f_labo", "f_billet", "f_reponse", "f_transfert_famille", "f_assurance", "f_dpj",
    "f_ts", "f_nir", "f_niss", "f_objet", "f_eml", "f_zip", "f_vcard", "f_postpartum",
]
