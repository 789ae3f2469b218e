"""Non-confidential messages in French, part 2: purchasing, IT, facilities, notices, research."""
import datetime

from gen_build import reply_block, earlier, fake_msgid
from gen_common import addr, sig, CLINIC_FR, CLINIC_ADDR, CLINIC_PHONE, CLINIC_FAX, HOSP, fmt_date, ORGS
from gen_ctx import spec
from gen_neg_util import PRODUCTS, luhn_serial, gtin13, lot, grouped, OTHER_PEOPLE_FR

L = "fr"


def _day(ctx, n):
    return ctx.dt.date() + datetime.timedelta(days=n)


def invoice(ctx):
    items = ctx.sample(PRODUCTS, ctx.rng.randrange(3, 7))
    lines = ["Facture no FA-%06d" % ctx.rng.randrange(10 ** 5, 10 ** 6), "Date : %s" % fmt_date(ctx.dt.date(), L, "iso"),
             "Client : %s - Clinique des plaies (no client 40-%05d)" % (HOSP, ctx.rng.randrange(10 ** 4, 10 ** 5)),
             "Bon de commande : BC-2024-%04d" % ctx.rng.randrange(1000, 9999), ""]
    total = 0
    for n, u, p in items:
        q = ctx.rng.randrange(2, 20)
        total += q * p
        lines.append("%s (%s) - lot %s - qté %d x %.2f $ = %.2f $" % (n, u, lot(ctx.rng), q, p, q * p))
    lines += ["", "Sous-total : %.2f $" % total, "TPS (5 %%) : %.2f $" % (total * 0.05), "TVQ (9,975 %%) : %.2f $" % (total * 0.09975),
              "Total : %.2f $" % (total * 1.14975), "Payable 30 jours net. NEQ 11%08d" % ctx.rng.randrange(10 ** 7, 10 ** 8)]
    text = "Bonjour,\n\nVeuillez trouver ci-joint notre facture pour la livraison du %s.\n\nService à la clientèle\n%s\n450-555-0177\n" % (
        fmt_date(ctx.dt.date() - datetime.timedelta(days=2), L, "long"), ORGS["supplier_fr"][0])
    return spec(ctx, "invoice", "supplier invoice for dressings", [], ("Médisoins - Facturation", "facturation@medisoins.example"),
                [addr("lussier")], "Facture %s" % lines[0].split()[-1], text,
                attachments=[{"kind": "pdf", "filename": "%s.pdf" % lines[0].split()[-1], "title": "FACTURE", "lines": lines}])


def purchase_order(ctx):
    items = ctx.sample(PRODUCTS, ctx.rng.randrange(3, 6))
    rows = [["Code", "GTIN", "Description", "Format", "Qté"]]
    for n, u, p in items:
        rows.append(["MS-%05d" % ctx.rng.randrange(10 ** 4, 10 ** 5), gtin13(ctx.rng), n, u, ctx.rng.randrange(2, 30)])
    text = ("Bonjour,\n\nCommande hebdomadaire de la clinique des plaies, centre de coût 7120-415. Livraison au quai B "
            "avant jeudi svp.\n\n%s\n\n%s\n" % ("\n".join("  ".join(str(c) for c in r) for r in rows), sig("lussier")))
    return spec(ctx, "purchase_order", "weekly dressing purchase order", [], addr("lussier"),
                [("Médisoins - Commandes", "commandes@medisoins.example")], "BC-2024-%04d - commande plaies" % ctx.rng.randrange(1000, 9999), text)


def inventory(ctx):
    rows = [["Article", "Lot", "Péremption", "Qté", "Emplacement"]]
    for n, u, p in PRODUCTS:
        exp = datetime.date(ctx.pick([2025, 2026, 2027]), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 29))
        rows.append([n, lot(ctx.rng), exp.isoformat(), ctx.rng.randrange(0, 40), ctx.pick(["B-305 armoire 2", "B-305 armoire 4", "réserve B-3"])])
    text = ("Bonjour,\n\nInventaire mensuel des pansements de la clinique (export du système). Les articles à 0 sont en "
            "commande.\n\n%s\n" % sig("lussier", short=True))
    return spec(ctx, "inventory", "monthly dressing inventory", [], addr("lussier"), [addr("cyr"), addr("normandeau")],
                "Inventaire pansements - %s" % ctx.dt.strftime("%m/%Y"), text,
                attachments=[{"kind": "csv", "filename": "inventaire_%s.csv" % ctx.dt.strftime("%Y%m"), "rows": rows,
                              "delimiter": ";", "charset": ctx.pick(["utf-8", "windows-1252"])}])


def it_doppler(ctx):
    sn = luhn_serial(ctx.rng, 9, "1234567")
    asset = luhn_serial(ctx.rng, 10)
    v = ctx.pick(["sn", "asset"])
    text = ("Bonjour,\n\nLa mise à jour du logiciel de l'appareil Doppler/IPS du laboratoire vasculaire (no de série %s, "
            "actif %s) aura lieu jeudi de 7 h à 8 h. L'appareil sera indisponible pendant ce temps. Aucune donnée n'est "
            "effacée ; les rapports restent dans le serveur.\n\nBillet no INC0%06d.\n\n%s\n"
            % (grouped(sn, [3, 3, 3]), grouped(asset, [4, 3, 3], "-"), ctx.rng.randrange(10 ** 5, 10 ** 6), sig("grenier")))
    return spec(ctx, "it_notice", "device software update notice", [], addr("grenier"), [addr("villeneuve"), addr("cyr")],
                "Mise à jour logiciel - appareil Doppler", text)


def it_outage(ctx):
    d = _day(ctx, ctx.rng.randrange(2, 10))
    text = ("Bonjour à tous,\n\nInterruption planifiée du dossier patient électronique et du serveur d'imagerie le %s de "
            "22 h à 2 h. Utilisez les formulaires papier de contingence (armoire rouge, poste de la clinique). "
            "Les ordonnances de pansements seront saisies au retour du système.\n\nCentre de services TI - poste 4400\n"
            % fmt_date(d, L, "long"))
    return spec(ctx, "it_notice", "planned EHR downtime", [], ("Centre de services TI", "servicesti@hrvc.example"),
                [("Tout le personnel", "tous@hrvc.example")], "Interruption planifiée - DPE", text)


def it_password(ctx):
    who = ctx.pick(["boisvert", "laberge", "hamel", "villeneuve"])
    text = ("Bonjour,\n\nVotre mot de passe réseau expire dans 5 jours. Changez-le depuis un poste de l'hôpital (Ctrl-Alt-Suppr). "
            "Le service TI ne vous demandera jamais votre mot de passe par courriel.\n\nCentre de services TI\n")
    return spec(ctx, "it_notice", "password expiry notice", [], ("Centre de services TI", "servicesti@hrvc.example"),
                [addr(who)], "Votre mot de passe expire bientôt", text)


def facilities(ctx):
    v = ctx.pick([
        ("Climatisation - salle de traitement 3", "La climatisation de la salle de traitement 3 (B-307) est en panne. Un technicien "
         "passe demain matin ; d'ici là, utilisez les salles 1 et 2. Bon de travail BT-%06d."),
        ("Travaux - stationnement P2", "Le stationnement P2 sera fermé du lundi au mercredi pour le marquage. Les patients "
         "de la clinique des plaies peuvent utiliser le P1 (débarcadère au pavillon B). Bon de travail BT-%06d."),
        ("Ascenseur B hors service", "L'ascenseur B est hors service pour inspection annuelle. Prévoir du temps pour les "
         "usagers en fauteuil roulant ; l'ascenseur C reste disponible. Bon de travail BT-%06d."),
    ])
    text = "Bonjour,\n\n%s\n\n%s\n" % (v[1] % ctx.rng.randrange(10 ** 5, 10 ** 6), sig("hudon"))
    return spec(ctx, "facilities", "facilities notice", [], addr("hudon"), [("Pavillon B - chefs de service", "chefs.pavb@hrvc.example")],
                v[0], text)


def job_posting(ctx):
    text = ("AFFICHAGE INTERNE ET EXTERNE - 2024-%03d\n\nInfirmière clinicienne ou infirmier clinicien - Clinique des plaies "
            "complexes et de chirurgie vasculaire\nPoste permanent, temps complet, jour (35 h/sem.)\n\n"
            "Fonctions : évaluation et traitement des ulcères de jambe, du pied diabétique et des plaies post-amputation ; "
            "mesure de l'IPS ; enseignement aux usagers et aux proches ; liaison avec le soutien à domicile.\n"
            "Exigences : baccalauréat en sciences infirmières, membre de l'OIIQ, 2 ans d'expérience. Atout : formation en "
            "soins de plaies.\nÉchelle salariale : 31,45 $ à 53,93 $/h.\n\nPostulez avant le %s : emplois@hrvc.example\n"
            % (ctx.rng.randrange(100, 200), fmt_date(_day(ctx, 21), L, "long")))
    return spec(ctx, "job_posting", "nurse clinician job posting", [], ("Dotation HRVC", "emplois@hrvc.example"),
                [("Tout le personnel", "tous@hrvc.example")], "Affichage - infirmière clinicienne, clinique des plaies", text)


def shortage(ctx):
    drug = ctx.pick([("pentoxifylline 400 mg LA", "cilostazol (si pas d'insuffisance cardiaque)"),
                     ("céfazoline 1 g fiole", "céfazoline 2 g ou céfuroxime selon l'indication"),
                     ("sulfadiazine d'argent 1 % crème 50 g", "pansements à l'argent du formulaire")])
    text = ("Bonjour,\n\nAvis de rupture d'approvisionnement : %s, retour prévu en %s. Alternative suggérée : %s. "
            "Aucune substitution automatique ; l'ordonnance doit être modifiée par le prescripteur.\n\n%s\n"
            % (drug[0], ctx.pick(["janvier", "février", "mars"]), drug[1], sig("masse")))
    return spec(ctx, "drug_shortage", "drug shortage notice", [], addr("masse"),
                [("Prescripteurs - chirurgie", "prescripteurs.chir@hrvc.example")], "Rupture : %s" % drug[0], text)


def recall(ctx):
    lots = [lot(ctx.rng) for _ in range(3)]
    prod = ctx.pick(["Mepilex Border Flex 15 x 15 cm", "Canister VAC 500 mL", "Coban 2 Lite 10 cm"])
    text = ("AVIS DE RAPPEL VOLONTAIRE - CLASSE II\n\nProduit : %s\nLots visés : %s\nGTIN : %s\n"
            "Motif : défaut d'adhésion de l'emballage stérile.\nAction : retirer les boîtes des lots visés et les retourner "
            "au fournisseur. Aucun incident rapporté chez les usagers.\n\n%s\n"
            % (prod, ", ".join(lots), gtin13(ctx.rng), sig("lussier")))
    return spec(ctx, "recall", "product recall with lot numbers", [], addr("lussier"),
                [("Unités de soins - chefs", "chefs.unites@hrvc.example")], "RAPPEL - %s" % prod, text)


def research(ctx):
    text = ("Bonjour,\n\nLe comité d'éthique a approuvé le protocole CICAT-V (2024-087) : essai randomisé comparant la "
            "compression 2 couches et 4 couches pour les ulcères veineux.\n\nCritères d'inclusion : ulcère veineux > 4 "
            "semaines, IPS entre 0,8 et 1,3, 18 ans et plus.\nExclusion : diabète non contrôlé (HbA1c > 10 %%), MAP sévère, "
            "allergie au latex.\nObjectif : 120 participants sur 2 ans.\n\nMerci de signaler les usagers admissibles à "
            "l'infirmière de recherche (poste 4471) ; aucune donnée nominative par courriel.\n\n%s\n" % sig("lafreniere"))
    return spec(ctx, "research", "research protocol approval and criteria", [], addr("lafreniere"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "Protocole CICAT-V approuvé", text)


def training(ctx):
    d = _day(ctx, ctx.rng.randrange(7, 30))
    text = ("Bonjour,\n\nFormation pratique sur la mesure de l'IPS au Doppler portatif et la pose de la compression "
            "multicouche le %s, 13 h à 16 h, salle B-310. Maximum 12 personnes ; inscription auprès de Marie-Ève "
            "(poste 4402).\nFormatrices : Isabelle Boisvert et Chantal Villeneuve.\n\n%s\n" % (fmt_date(d, L, "long"), sig("normandeau")))
    return spec(ctx, "training", "hands-on training session notice", [], addr("normandeau"),
                [("Infirmières - SAD et clinique", "inf.sad@clsc-troislacs.example")], "Formation IPS et compression", text)


def equipment_loan(ctx):
    asset = luhn_serial(ctx.rng, 10)
    text = ("Salut Chantal,\n\nEst-ce que je peux emprunter le Doppler portatif (actif %s) jeudi pour la clinique satellite "
            "de Saint-Aldric ? Je le ramène vendredi matin avec les sondes 8 MHz.\n\nIsabelle\n" % grouped(asset, [2, 4, 4], " "))
    return spec(ctx, "equipment", "equipment loan between staff", [], addr("boisvert"), [addr("villeneuve")],
                "Prêt Doppler portatif", text, body_mode="plain")


def formulary_thread(ctx):
    prev = earlier(ctx.dt, ctx.rng)
    orig = ("Bonjour Olivier,\n\nLe comité propose de retirer l'Acticoat du formulaire et de garder l'Aquacel Ag+ pour les "
            "plaies colonisées. As-tu les coûts annuels par produit ?\n\nJulie")
    text = ("Bonjour Julie,\n\nOui : Acticoat environ 18 400 $/an, Aquacel Ag+ 22 100 $/an pour la clinique et les unités. "
            "Le retrait ferait économiser environ 9 000 $ en tenant compte des changements moins fréquents.\n\nOlivier\n\n"
            + reply_block(L, prev, addr("normandeau"), ctx.pick([0, 1]), "Formulaire de pansements", orig))
    return spec(ctx, "formulary", "formulary cost discussion", [], addr("masse"), [addr("normandeau")],
                "RE: Formulaire de pansements", text, in_reply_to=fake_msgid(prev, ctx.rng))


def leaflet(ctx):
    lines = ["Prendre soin de ses pieds quand on vit avec le diabète", "", "- Examinez vos pieds chaque jour (miroir au besoin).",
             "- Lavez à l'eau tiède, séchez bien entre les orteils.", "- Ne marchez jamais pieds nus.",
             "- Consultez rapidement pour toute plaie, rougeur ou ampoule.",
             "Clinique des plaies : %s" % CLINIC_PHONE, CLINIC_ADDR]
    text = ("Bonjour,\n\nVoici la version finale du dépliant d'enseignement pour les usagers diabétiques, validée par le "
            "comité. On peut l'imprimer en 500 exemplaires.\n\n%s\n" % sig("boisvert"))
    return spec(ctx, "leaflet", "patient education leaflet (generic)", [], addr("boisvert"),
                [("Reprographie", "repro@hrvc.example")], "Dépliant pied diabétique - version finale", text,
                attachments=[{"kind": "pdf", "filename": "Depliant_pied_diabetique.pdf", "title": lines[0], "lines": lines[2:]}])


def survey(ctx):
    n = ctx.rng.randrange(80, 200)
    text = ("Bonjour,\n\nRésultats du sondage de satisfaction (n = %d répondants, anonyme) :\n- Accueil : 94 %% satisfaits\n"
            "- Délai d'attente le jour du rendez-vous : 61 %%\n- Explications sur les pansements : 88 %%\n"
            "- Stationnement : 42 %%\n\nCommentaires fréquents : attente au laboratoire vasculaire, coût des pansements.\n\n%s\n"
            % (n, sig("cyr")))
    return spec(ctx, "survey", "anonymous satisfaction survey results", [], addr("cyr"),
                [("Équipe clinique des plaies", "equipe.plaies@hrvc.example")], "Sondage de satisfaction - résultats", text)
