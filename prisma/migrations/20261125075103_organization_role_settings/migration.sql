-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "coachesManagePolicy" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "coachesSeeAllSeekers" BOOLEAN NOT NULL DEFAULT false;
